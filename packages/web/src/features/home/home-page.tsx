import { POINTS, pointPositions } from '@acupress/core';
import { BodyDiagram, type DiagramMarker } from '../../components/body-diagram';
import { ButtonLink } from '../../components/button';
import { Card } from '../../components/card';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { AccountCard } from './account-card';
import './home.css';

// The main points of the standard-text prescription that sit on the back view (BL23, GV3, BL40).
const MAIN_POINTS: DiagramMarker[] = POINTS.filter(
  (p) => p.prescription.role === 'main' && p.template === 'posterior',
).flatMap((p) =>
  pointPositions(p).map((s) => ({
    key: `${p.id}-${s.side}`,
    x: s.x,
    y: s.y,
    label: p.id,
    tone: 'highlight' as const,
  })),
);

export function HomePage() {
  return (
    <div className="home">
      <AccountCard />
      <div className="home__hero">
        <div className="home__intro">
          <PageHeader
            eyebrow="Acupressure for back pain"
            title="Find the points on your own body, carefully"
            documentTitle={null}
            lead="Acupress shows where the acupressure points used for back pain are, located from the bones you can feel, with every distance in your own centimetres once you have measured yourself, and every caution and source stated."
          />
          <div className="home__actions">
            <ButtonLink to="/check-in">Start a check-in</ButtonLink>
            <ButtonLink to="/atlas" variant="secondary">
              Browse the point atlas
            </ButtonLink>
            <ButtonLink to="/measurements" variant="quiet">
              Your measurements
            </ButtonLink>
          </div>
          <p className="home__check-in-note muted">
            The check-in takes 3 to 4 minutes: where it hurts, a few safety questions, then a short
            plan of points with the reason for each. Your answers stay on this device.
          </p>
        </div>
        <div className="home__figure">
          <BodyDiagram
            template="posterior"
            viewBox={{ x: 0, y: 40, width: 240, height: 480 }}
            markers={MAIN_POINTS}
            markerSize={0.012}
            decorative
          />
        </div>
      </div>

      <Notice tone="caution" title="See a doctor first" titleAs="h2" className="home__safety">
        <p>
          Get medical help today if you have numbness between your legs or around your bottom, new
          trouble passing urine or controlling your bowels, or weakness in a leg. See a doctor soon
          if you have a fever, a history of cancer, weight loss you cannot explain, or pain after a
          fall or injury.
        </p>
      </Notice>

      <div className="home__grid">
        <Card as="section" aria-labelledby="home-is">
          <h2 id="home-is">What Acupress is</h2>
          <ul className="home-list home-list--yes">
            <li>
              An atlas of {POINTS.length} points, each located from bony landmarks by the WHO 2008
              standard or the texts that list extra points.
            </li>
            <li>Step-by-step ways to find each point by touch, with the cautions that apply.</li>
            <li>Open source, with a source named for every fact.</li>
          </ul>
        </Card>
        <Card as="section" aria-labelledby="home-is-not">
          <h2 id="home-is-not">What it is not</h2>
          <ul className="home-list home-list--no">
            <li>Not a diagnosis: it cannot tell what is causing your pain.</li>
            <li>Not a replacement for a clinician, and not a promise of a cure.</li>
            <li>
              Trials of acupressure for low back pain report modest benefits on average, no
              guideline names it, and back pain often gets better on its own.
            </li>
          </ul>
        </Card>
      </div>
    </div>
  );
}
