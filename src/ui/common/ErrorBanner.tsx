// Shows the store's current error in the user's language, naming each invalid field.
import type { EngineError } from '../../engine';
import type { Lang } from '../../content/i18n';
import type { AppError } from '../../store/errors';
import type { LinkError } from '../../store/shareLink';
import { useSimStore } from '../../store/simStore';
import { errorText } from './errorTexts';
import { useErrorTexts } from './useErrorTexts';
import { useT, type TFunction } from './useT';

function headline(error: AppError, t: TFunction): string {
  switch (error.kind) {
    case 'scenario':
      return t('error.scenario.title');
    case 'action':
      return t('error.action.title');
    case 'unknownStarter':
      return t('error.scenario.unknown', { id: error.id });
    case 'engine':
      return t('error.engine', { message: error.message });
    case 'link':
      return t(error.fatal ? 'error.link.title' : 'error.link.partial');
  }
}

/** One thing wrong with a link: the parameter, then the sentence (text only, never markup). */
function LinkItem({ error, t }: { error: LinkError; t: TFunction }) {
  const key = `link.error.${error.code}` as const;
  const params = { value: error.value ?? '', limit: error.limit ?? '' };
  return (
    <li>
      {error.param && <code className="error-path">{error.param}</code>} {t(key, params)}
    </li>
  );
}

function ErrorItem({ error, lang }: { error: EngineError; lang: Lang }) {
  return (
    <li>
      {error.path && <code className="error-path">{error.path}</code>} {errorText(error, lang)}
    </li>
  );
}

export function ErrorBanner() {
  const error = useSimStore((s) => s.error);
  const lang = useSimStore((s) => s.lang);
  const dismiss = useSimStore((s) => s.dismissError);
  const t = useT();
  // (the sentences are fetched on demand: the list waits for them, the headline does not)
  const textsReady = useErrorTexts(error !== null);
  if (!error) return null;
  const items =
    error.kind === 'scenario' || error.kind === 'action'
      ? error.errors
      : error.kind === 'link'
        ? error.engine
        : [];
  const linkItems = error.kind === 'link' ? error.errors : [];
  return (
    // It slides in (CSS: off with reduced motion and while an export captures frames).
    <div className="error-banner" role="alert" data-testid="error-banner">
      <div className="error-body">
        <strong>{headline(error, t)}</strong>
        {items.length + linkItems.length > 0 && (textsReady || items.length === 0) && (
          <ul>
            {linkItems.map((e, i) => (
              <LinkItem key={`l${i}`} error={e} t={t} />
            ))}
            {items.map((e, i) => (
              <ErrorItem key={i} error={e} lang={lang} />
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="btn btn-quiet" onClick={dismiss}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}
