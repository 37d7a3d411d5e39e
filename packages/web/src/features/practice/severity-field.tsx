import { ChoiceGroup, type Choice } from '../../components/choice-group';

// Soreness on the 0–3 scale of the session record (none, mild, moderate, strong), as words:
// a number alone says little about how sore "2" is.

const OPTIONS: readonly Choice<'0' | '1' | '2' | '3'>[] = [
  { value: '0', label: 'None' },
  { value: '1', label: 'Mild' },
  { value: '2', label: 'Moderate' },
  { value: '3', label: 'Strong' },
];

export interface SeverityFieldProps {
  id: string;
  legend: string;
  value: number | null;
  onChange: (value: number) => void;
  error?: string | undefined;
}

export function SeverityField({ id, legend, value, onChange, error }: SeverityFieldProps) {
  return (
    <ChoiceGroup
      id={id}
      legend={legend}
      options={OPTIONS}
      inline
      value={value === null ? '' : (String(value) as '0' | '1' | '2' | '3')}
      onChange={(v) => onChange(Number(v))}
      error={error}
    />
  );
}
