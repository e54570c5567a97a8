import { parseImportProblems } from './parseImportProblems';

/** Why a file was refused: each problem with its line and column, and that nothing changed. */
export function ImportRejection({
  fileName,
  message,
  where,
}: {
  fileName: string;
  message: string;
  where: string | null;
}) {
  const problems = parseImportProblems(message);
  return (
    <div className="import-rejected" role="alert" data-testid="import-error">
      <div className="import-rejected-title">
        {fileName} cannot be imported. Nothing was changed.
      </div>
      {problems ? (
        <ul className="import-problems">
          {problems.map((problem, i) => (
            <li key={i}>
              <span className="import-where">
                Line {problem.line}
                {problem.column ? `, column ${problem.column}` : ''}
              </span>
              <span>{problem.message}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          {where && <span className="import-where">{where}</span>} {message}
        </p>
      )}
      <p className="import-rejected-hint">
        Fix the file and choose it again: rows are only imported when every row is valid.
      </p>
    </div>
  );
}
