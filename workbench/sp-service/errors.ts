// SharePoint error catalogue (WIRE.md §12.3). Every failure inside the service is an SpError;
// the HTTP layer turns it into the JSON-light `odata.error` body (§12.1).

export class SpError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const CODE = {
  argument: '-1, System.ArgumentException',
  spException: '-1, Microsoft.SharePoint.SPException',
  invalidQuery: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
  clientService: '-1, Microsoft.SharePoint.Client.ClientServiceException',
  unauthorized: '-2147024891, System.UnauthorizedAccessException',
  throttled: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
  duplicate: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
  digest: '-2130575252, Microsoft.SharePoint.SPException',
  userNotFound: '-2146232832, Microsoft.SharePoint.SPException',
  itemMissing: '-2147024809, System.ArgumentException',
};

export const ACCESS_DENIED = 'Access denied. You do not have permission to perform this action or access this resource.';

export const errors = {
  unauthenticated: () => new SpError(401, CODE.unauthorized, ACCESS_DENIED),
  accessDenied: () => new SpError(403, CODE.unauthorized, ACCESS_DENIED),
  digest: () =>
    new SpError(
      403,
      CODE.digest,
      "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.",
    ),
  // WIRE.md §3
  listMissing: (title: string, webUrl: string) =>
    new SpError(404, CODE.argument, `List '${title}' does not exist at site with URL '${webUrl}'.`),
  // WIRE.md §5.3
  itemMissing: () => new SpError(404, CODE.itemMissing, 'Item does not exist. It may have been deleted by another user.'),
  fieldMissing: (name: string) =>
    new SpError(404, CODE.argument, `Column '${name}' does not exist. It may have been deleted by another user.`),
  columnMissing: (name: string) =>
    new SpError(400, CODE.spException, `Column '${name}' does not exist. It may have been deleted by another user.`),
  selectMissing: (name: string) => new SpError(400, CODE.spException, `The field or property '${name}' does not exist.`),
  unknownProperty: (prop: string, type: string) =>
    new SpError(
      400,
      CODE.invalidQuery,
      `The property '${prop}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`,
    ),
  invalidQuery: (message: string) => new SpError(400, CODE.invalidQuery, message),
  badRequest: (message: string, code = CODE.spException) => new SpError(400, code, message),
  typeMismatch: (edmType: string) =>
    new SpError(
      400,
      CODE.invalidQuery,
      `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`,
    ),
  // WIRE.md §9.1: SharePoint answers 500 for the list view threshold.
  throttledQuery: () =>
    new SpError(500, CODE.throttled, 'The attempted operation is prohibited because it exceeds the list view threshold.'),
  // WIRE.md §6.3
  etagMismatch: (sent: string, current: string) =>
    new SpError(412, CODE.clientService, `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`),
  duplicateValues: (titles: string[]) =>
    new SpError(
      400,
      CODE.duplicate,
      `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: ${titles.join(', ')}.`,
    ),
  userNotFound: (name: string) => new SpError(500, CODE.userNotFound, `The specified user ${name} could not be found.`),
  userByIdMissing: () => new SpError(404, CODE.userNotFound, 'User cannot be found.'),
  notFound: (what: string) =>
    new SpError(404, CODE.invalidQuery, `Local SharePoint service: no emulation for ${what}. Add it to workbench/sp-service if the product needs it.`),
  /** Known SharePoint features the service deliberately does not emulate (files, uploads …): 501, never fake data. */
  notEmulated: (what: string) =>
    new SpError(501, '-1, System.NotImplementedException', `Local SharePoint service: ${what} is not emulated (see the differences table in workbench/sp-service/README.md).`),
  methodNotAllowed: (method: string, what: string) =>
    new SpError(405, CODE.invalidQuery, `Local SharePoint service: method ${method} is not supported on ${what}.`),
  invalidJson: () => new SpError(400, CODE.invalidQuery, 'Invalid JSON. A token was not recognized in the JSON content.'),
  listExists: () =>
    new SpError(
      500,
      '-2130575342, Microsoft.SharePoint.SPException',
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
    ),
  code: CODE,
};
