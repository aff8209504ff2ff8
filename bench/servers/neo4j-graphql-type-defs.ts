/**
 * Type definitions for @neo4j/graphql (v7) over the same graph conflict-graph writes
 * (src/db/queries/ingest.ts): what a user would write to get a GraphQL API from the library.
 * Relationship fields map the graph's relationships; what the library cannot express with them
 * (fulltext search with our analyzer, a variable-depth neighbourhood) is a @cypher field.
 */
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

  type NeighbourNode {
    id: ID!
  }

  type SearchHit {
    id: ID!
    score: Float!
  }

  type Query {
    "Ids of the nodes within two hops of a start node (the library has no variable-depth traversal)."
    neighbourhoodIds(id: ID!, limit: Int!): [ID!]!
      @cypher(
        statement: """
        MATCH (s) WHERE (s:Entity OR s:Event OR s:Claim OR s:Article OR s:Source) AND s.id = $id
        MATCH (s)-[:CLAIMED|ABOUT|REPORTED_IN|INVOLVES|MENTIONS|REPORTS|REPORTED_BY|VIA|RELAYS|CONTRADICTS|CORROBORATES*1..2]-(m)
        WITH s, collect(DISTINCT m.id)[0..$limit] AS ids
        RETURN [s.id] + [x IN ids WHERE x <> s.id] AS ids
        """
        columnName: "ids"
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
