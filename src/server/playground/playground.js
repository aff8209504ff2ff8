// Starts GraphiQL against this server's /graphql, with an example query an analyst would ask.
(function () {
  var defaultQuery = [
    '# Who claimed what about North Korea, when, and with what stance?',
    '# Press the run button (or Ctrl-Enter). Mutations need an Authorization header (see Headers below).',
    'query ClaimsAboutNorthKorea {',
    '  claims(filter: { about: "North Korea" }, first: 50) {',
    '    totalCount',
    '    edges { node { claimant { name } stance claimedOn text article { title outlet publishedOn } } }',
    '  }',
    '}',
    '',
  ].join('\n');
  // ?query=...&variables=... opens a shared query, so analysts can pass links around.
  var params = new URLSearchParams(window.location.search);
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: defaultQuery,
      query: params.get('query') || undefined,
      variables: params.get('variables') || undefined,
      defaultEditorToolsVisibility: true,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
    }),
  );
})();
