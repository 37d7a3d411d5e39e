import { ButtonLink } from '../../components/button';
import { PageHeader } from '../../components/page-header';

export function NotFoundPage() {
  return (
    <>
      <PageHeader
        title="Page not found"
        documentTitle="Page not found"
        lead="There is nothing at this address. It may have moved, or the link may be mistyped."
      />
      <p className="not-found__actions">
        <ButtonLink to="/atlas">Go to the atlas</ButtonLink>{' '}
        <ButtonLink to="/" variant="quiet">
          Home
        </ButtonLink>
      </p>
    </>
  );
}
