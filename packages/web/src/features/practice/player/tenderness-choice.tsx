import { useId } from 'react';

/** 0–3 as in the session log (severity03Schema). */
const LEVELS = ['None', 'Mild', 'Moderate', 'Strong'] as const;

export interface TendernessChoiceProps {
  /** "this spot" or "BL23 Shenshu, left side". */
  what: string;
  value: number | undefined;
  onChoose: (value: number) => void;
}

/** An optional 0–3 rating of how tender a spot was: four toggle buttons, none chosen at first. */
export function TendernessChoice({ what, value, onChoose }: TendernessChoiceProps) {
  const id = useId();
  return (
    <div className="tenderness" role="group" aria-labelledby={id}>
      <p id={id} className="tenderness__question">
        How tender was {what}? <span className="muted">(optional)</span>
      </p>
      <div className="tenderness__options">
        {LEVELS.map((label, level) => (
          <button
            key={label}
            type="button"
            className="tenderness__option"
            aria-pressed={value === level}
            onClick={() => onChoose(level)}
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}
