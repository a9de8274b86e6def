import { classifyError } from '../../src/data/errors';

function pnpError(status: number, body: object | string): Error & { status: number } {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return Object.assign(new Error(`Error making HttpClient request in queryable [${status}] ::> ${text}`), { status, isHttpRequestError: true });
}

const sp = (code: string, value: string): object => ({ 'odata.error': { code, message: { lang: 'en-US', value } } });

describe('error classification', () => {
  it('recognises SharePoint failures by status and exception', () => {
    expect(classifyError(pnpError(412, sp('-1, Microsoft.SharePoint.Client.ClientServiceException', 'The request ETag value'))).kind).toBe('conflict');
    expect(classifyError(pnpError(500, sp('-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.'))).kind).toBe('threshold');
    expect(classifyError(pnpError(404, sp('-1, System.ArgumentException', "List 'ACAccounts' does not exist at site with URL 'x'.")), 'ACAccounts')).toMatchObject({ kind: 'listMissing', list: 'ACAccounts' });
    expect(classifyError(pnpError(404, sp('-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.'))).kind).toBe('notFound');
    expect(classifyError(pnpError(403, sp('-2147024891, System.UnauthorizedAccessException', 'Access denied.'))).kind).toBe('accessDenied');
    expect(classifyError(pnpError(400, sp('-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', 'duplicate values were found'))).kind).toBe('duplicate');
    expect(classifyError(new Error('Retry count exceeded (3) for this request. 429: Too Many Requests;')).kind).toBe('throttled');
    expect(classifyError(new TypeError('fetch failed')).kind).toBe('network');
  });
});

describe('field problem messages', () => {
  it('write numbers with the reader\'s digit groups', async () => {
    const { commonStrings } = await import('../../src/loc/strings');
    const { fieldProblemMessage } = await import('../../src/ui/errorMessage');
    const tooLong = { field: 'workingAgreements', code: 'tooLong' as const, params: { max: 63999 } };
    expect(fieldProblemMessage(await commonStrings.load('fi'), tooLong)).toMatch(/^Enintään 63\s999 merkkiä\.$/);
    expect(fieldProblemMessage(await commonStrings.load('sv'), tooLong)).toMatch(/^Högst 63\s999 tecken\.$/);
    expect(fieldProblemMessage(await commonStrings.load('en'), tooLong)).toMatch(/63,999/);
  });
});
