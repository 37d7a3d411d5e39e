import { FieldError, FieldHint } from './field';
import type { ReactNode } from 'react';
import './choice-group.css';

export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
}

export interface ChoiceGroupProps<T extends string> {
  /** The fieldset's id; the error summary links to it. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly Choice<T>[];
  value: T | '';
  onChange: (value: T) => void;
  error?: string | undefined;
  /** Options side by side (yes / no) rather than one per line. */
  inline?: boolean;
  className?: string;
}

/** A question answered by one of a few options: a fieldset of radio buttons. */
export function ChoiceGroup<T extends string>({
  id,
  legend,
  hint,
  options,
  value,
  onChange,
  error,
  inline = false,
  className,
}: ChoiceGroupProps<T>) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      id={id}
      className={['choice', error ? 'choice--invalid' : '', className].filter(Boolean).join(' ')}
      aria-describedby={describedBy || undefined}
    >
      <legend className="choice__legend">{legend}</legend>
      <FieldHint id={hintId} hint={hint} />
      <FieldError id={errorId} error={error} />
      <div className={`choice__options${inline ? ' choice__options--inline' : ''}`}>
        {options.map((o) => (
          <label key={o.value} className="choice__option">
            <input
              type="radio"
              name={id}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span className="choice__label">{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export type YesNo = 'yes' | 'no';
export const YES_NO: readonly Choice<YesNo>[] = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
];

export const yesNo = (v: boolean | null | undefined): YesNo | '' =>
  v === true ? 'yes' : v === false ? 'no' : '';
