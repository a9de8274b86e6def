define([], function () {
  return {
    PropertyPaneDescription: 'Account Care setup: lists, item counts and the schema version of this site.',
  };
});
