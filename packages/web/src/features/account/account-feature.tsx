import { AccountPage } from './account-page';
import { AuditLogPage } from './audit-page';
import { ClinicPage } from './clinic-page';
import { DeletedPage } from './deleted-page';
import { InvitePage } from './invite-page';
import { ResetPage } from './reset-page';
import { SetupPage } from './setup-page';
import { SignInPage } from './sign-in-page';
import './account.css';

// Accounts, the clinic and the audit log: loaded only when one of their addresses is opened
// (React.lazy in app.tsx), so the first page's JavaScript stays small.

export type AccountView =
  | { view: 'setup' }
  | { view: 'sign-in' }
  | { view: 'invite'; token: string }
  | { view: 'reset'; token: string }
  | { view: 'account' }
  | { view: 'deleted' }
  | { view: 'clinic' }
  | { view: 'audit' };

export default function AccountFeature({ route }: { route: AccountView }) {
  switch (route.view) {
    case 'setup':
      return <SetupPage />;
    case 'sign-in':
      return <SignInPage />;
    case 'invite':
      return <InvitePage token={route.token} />;
    case 'reset':
      return <ResetPage token={route.token} />;
    case 'account':
      return <AccountPage />;
    case 'deleted':
      return <DeletedPage />;
    case 'clinic':
      return <ClinicPage />;
    case 'audit':
      return <AuditLogPage />;
  }
}
