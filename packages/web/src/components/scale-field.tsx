import { FieldError } from './field';
import type { ReactNode } from 'react';
// The scale is a choice (its fieldset and legend), with a row of numbers and a link-like clear.
import './choice-group.css';
import './link-button.css';
import './scale-field.css';

const VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export interface ScaleFieldProps {
  id: string;
  legend: ReactNode;
  value: number | null;
  onChange: (value: number | null) => void;
  error?: string | undefined;
}

/**
 * An optional 0–10 question: eleven radio buttons in a row, so "not answered" stays possible
 * (a slider always has a value), with a way to take the answer back.
 */
export function ScaleField({ id, legend, value, onChange, error }: ScaleFieldProps) {
  const errorId = `${id}-error`;
  return (
    <fieldset
      id={id}
      className={`choice scale${error ? ' choice--invalid' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="choice__legend">{legend}</legend>
      <FieldError id={errorId} error={error} />
      <div className="scale__options">
        {VALUES.map((n) => (
          <label key={n} className="scale__option">
            <input
              type="radio"
              name={id}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
            />
            <span>{n}</span>
          </label>
        ))}
      </div>
      {value !== null ? (
        <button type="button" className="link-button scale__clear" onClick={() => onChange(null)}>
          Clear this answer
        </button>
      ) : null}
    </fieldset>
  );
}
