declare interface IAccountTabWebPartStrings {
  PropertyPaneDescription: string;
  AccountGroupName: string;
  AccountFieldLabel: string;
  AccountsLoading: string;
  AccountsNone: string;
  AccountsFailed: string;
}

declare module 'AccountTabWebPartStrings' {
  const strings: IAccountTabWebPartStrings;
  export = strings;
}
