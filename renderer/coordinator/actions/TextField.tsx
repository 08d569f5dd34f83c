import { actionLimits } from '../../../shared/timeline/action-limits.ts';

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly required?: boolean;
  /** Marks the field while the form says it is missing. */
  readonly invalid?: boolean;
  readonly autoFocus?: boolean;
  readonly testId: string;
}

/** A labelled paragraph of text: a note, a reason, a decision. */
export function TextField({
  label,
  value,
  onChange,
  required,
  invalid,
  autoFocus,
  testId,
}: TextFieldProps) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <textarea
        value={value}
        onChange={(event) => onChange(event.target.value)}
        rows={2}
        maxLength={actionLimits.textMax}
        required={required}
        aria-required={required}
        aria-invalid={invalid}
        autoFocus={autoFocus}
        data-testid={testId}
      />
    </label>
  );
}
