define([], function () {
  return {
    PropertyPaneDescription: 'Asiakkuudenhoidon käyttöönotto: tämän sivuston luettelot, kohdemäärät ja skeemaversio.',
  };
});
