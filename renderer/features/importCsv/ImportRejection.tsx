import type { ApiProblem } from '../../../shared/api/apiError';

/** Why a file was refused: each problem with its place (line and column), and that nothing changed. */
export function ImportRejection({
  fileName,
  message,
  problems,
}: {
  fileName: string;
  message: string;
  /** The backend's problems, as data; empty when the refusal names none (the message is shown). */
  problems: readonly ApiProblem[];
}) {
  return (
    <div className="import-rejected" role="alert" data-testid="import-error">
      <div className="import-rejected-title">
        {fileName} cannot be imported. Nothing was changed.
      </div>
      {problems.length > 0 ? (
        <ul className="import-problems">
          {problems.map((problem, i) => (
            <li key={i}>
              {problem.place && <span className="import-where">{capitalize(problem.place)}</span>}
              <span>{problem.message}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{message}</p>
      )}
      <p className="import-rejected-hint">
        Fix the file and choose it again: rows are only imported when every row is valid.
      </p>
    </div>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
