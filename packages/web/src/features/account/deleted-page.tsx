import { ButtonLink } from '../../components/button';
import { PageHeader } from '../../components/page-header';

export function DeletedPage() {
  return (
    <div className="account-narrow stack">
      <PageHeader
        title="Your account has been deleted"
        documentTitle="Account deleted"
        lead="Your account and the check-ins saved in your record are gone from this server. The atlas and the check-in still work on this device without an account."
      />
      <p>
        <ButtonLink to="/">Go to the home page</ButtonLink>
      </p>
    </div>
  );
}
