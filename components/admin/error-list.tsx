/** The errors of a form checked on the server without JavaScript (a GET preview), at the top of the page. */
export function ErrorList({ errors, title }: { errors: Record<string, string>; title: string }) {
  const messages = Object.entries(errors);
  if (messages.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-list-title">
      <h2 className="error-summary__title" id="error-list-title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {messages.map(([field, message]) => (
          <li key={field}>
            <a href={`#${field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
