/** Site-level operations through PnPjs: the web, the current user, ensureUser, schema status and provisioning. */
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import type { PersonRef } from '../../domain/types';
import { classifyError } from '../errors';
import type { SchemaReport, SchemaStatus, SiteService, SiteUser } from '../ports';
import { SiteLanguage, ensureSchema, schemaStatus } from './provisioning';

const CLAIMS_PREFIX = 'i:0#.f|membership|';

interface UserRow {
  Id: number;
  Title: string;
  Email?: string;
  LoginName?: string;
  IsSiteAdmin?: boolean;
}

function toPerson(u: UserRow): PersonRef {
  return { id: u.Id, title: u.Title, email: u.Email || undefined, loginName: u.LoginName };
}

export class SpSiteService implements SiteService {
  public constructor(private readonly sp: SPFI, private readonly language: SiteLanguage = 'fi') {}

  public async info(): Promise<{ title: string; url: string; serverRelativeUrl: string }> {
    try {
      const web = (await this.sp.web.select('Title', 'Url', 'ServerRelativeUrl')()) as { Title: string; Url: string; ServerRelativeUrl: string };
      return { title: web.Title, url: web.Url, serverRelativeUrl: web.ServerRelativeUrl };
    } catch (e) {
      throw classifyError(e);
    }
  }

  public async currentUser(): Promise<SiteUser> {
    try {
      const u = (await this.sp.web.currentUser.select('Id', 'Title', 'Email', 'LoginName', 'IsSiteAdmin')()) as UserRow;
      return { ...toPerson(u), isSiteAdmin: !!u.IsSiteAdmin };
    } catch (e) {
      throw classifyError(e);
    }
  }

  public async ensureUser(loginOrUpn: string): Promise<PersonRef> {
    const login = loginOrUpn.startsWith('i:0') ? loginOrUpn : `${CLAIMS_PREFIX}${loginOrUpn}`;
    try {
      const result = (await this.sp.web.ensureUser(login)) as unknown as UserRow & { data?: UserRow };
      return toPerson(result.data ?? result);
    } catch (e) {
      throw classifyError(e);
    }
  }

  public schemaStatus(): Promise<SchemaStatus> {
    return schemaStatus(this.sp).catch((e) => {
      throw classifyError(e);
    });
  }

  public ensureSchema(onProgress?: (message: string) => void): Promise<SchemaReport> {
    return ensureSchema(this.sp, this.language, onProgress).catch((e) => {
      throw classifyError(e);
    });
  }
}
