declare interface IAccountCareSetupWebPartStrings {
  PropertyPaneDescription: string;
}

declare module 'AccountCareSetupWebPartStrings' {
  const strings: IAccountCareSetupWebPartStrings;
  export = strings;
}
