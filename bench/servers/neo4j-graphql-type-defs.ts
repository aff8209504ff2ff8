/**
 * Type definitions for @neo4j/graphql (v7) over the same graph conflict-graph writes
 * (src/db/queries/ingest.ts): what a user would write to get a GraphQL API from the library.
 * Relationship fields map the graph's relationships; what the library cannot express with them
 * (fulltext search with our analyzer, a variable-depth neighbourhood) is a @cypher field.
 */
import { NEIGHBOURHOOD_CYPHER } from '../queries/main-queries';

export const neo4jGraphqlTypeDefs = /* GraphQL */ `
  type Entity @node {
    id: ID!
    name: String!
    type: String!
    aliases: [String!]
    claims: [Claim!]! @relationship(type: "CLAIMED", direction: OUT)
    aboutClaims: [Claim!]! @relationship(type: "ABOUT", direction: IN)
    events: [Event!]! @relationship(type: "INVOLVES", direction: IN)
  }

  type Event @node {
    id: ID!
    kind: String!
    title: String
    when: String
    whenStart: String
    participants: [Entity!]! @relationship(type: "INVOLVES", direction: OUT)
    claims: [Claim!]! @relationship(type: "ABOUT", direction: IN)
  }

  type Source @node {
    id: ID!
    name: String!
    kind: String!
  }

  type Article @node {
    id: ID!
    title: String
    outlet: String
    publishedOn: String
    reportedOn: String
    language: String
    reportedBy: [Source!]! @relationship(type: "REPORTED_BY", direction: OUT)
  }

  type Claim @node {
    id: ID!
    stance: String!
    polarity: String!
    text: String!
    claimantText: String
    claimedOn: String
    claimedOnStart: String
    claimedOnEnd: String
    reportedOn: String
    originId: String
    claimants: [Entity!]! @relationship(type: "CLAIMED", direction: IN)
    aboutEntities: [Entity!]! @relationship(type: "ABOUT", direction: OUT)
    aboutEvents: [Event!]! @relationship(type: "ABOUT", direction: OUT)
    article: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT)
    contradicts: [Claim!]! @relationship(type: "CONTRADICTS", direction: OUT)
  }

  type Neighbourhood {
    ids: [ID!]!
    edges: [String!]!
  }

  type SearchHit {
    id: ID!
    score: Float!
  }

  type Query {
    "Nodes within two hops of a start node and the edges between them (the library has no variable-depth traversal)."
    neighbourhood(id: ID!, limit: Int!): Neighbourhood
      @cypher(
        statement: """
        ${NEIGHBOURHOOD_CYPHER.replace('RETURN [n IN nodes | n.id] AS ids, edges', 'RETURN {ids: [n IN nodes | n.id], edges: edges} AS result').replace(/\n/g, '\n        ')}
        """
        columnName: "result"
      )
    "Fulltext search over entity names and aliases through the project's index."
    searchEntityIds(lucene: String!, limit: Int!): [SearchHit!]!
      @cypher(
        statement: """
        CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit * 4}) YIELD node, score
        WITH node, score ORDER BY score DESC, node.name ASC LIMIT $limit
        RETURN {id: node.id, score: score} AS hit
        """
        columnName: "hit"
      )
  }
`;
