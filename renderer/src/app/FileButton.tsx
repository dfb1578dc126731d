interface Props {
  label: string
  hint: string
  testId: string
  accept: string
  disabled?: boolean
  onFile: (file: File) => void
}

/** A button that opens the file chooser: a label around an invisible <input type=file>, reset after each choice. */
export function FileButton({ label, hint, testId, accept, disabled, onFile }: Props) {
  return (
    <label className="file-button" title={hint}>
      {label}
      <input
        type="file"
        data-testid={testId}
        accept={accept}
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) onFile(file)
        }}
      />
    </label>
  )
}
