define([], function () {
  return {
    PropertyPaneDescription: 'Installation av Kundvård: webbplatsens listor, antal objekt och schemaversion.',
  };
});
