import { describe, expect, it } from 'vitest';
import { mentionTrigger } from './EntityMentionsPlugin';
import { quoteTrigger } from './InsertQuotePlugin';

// The triggers ignore their editor argument.
const run = (trigger: typeof quoteTrigger, text: string) => trigger(text, null as never);

describe('/quote trigger', () => {
  it('opens on /quote at the start of a word, with the words after it as the query', () => {
    expect(run(quoteTrigger, '/quote')).toEqual({ leadOffset: 0, matchingString: '', replaceableString: '/quote' });
    expect(run(quoteTrigger, 'As he said /quote new start')).toEqual({ leadOffset: 11, matchingString: 'new start', replaceableString: '/quote new start' });
  });

  it('stays closed for other slashes', () => {
    expect(run(quoteTrigger, 'and/quote')).toBeNull();
    expect(run(quoteTrigger, '/quo')).toBeNull();
    expect(run(quoteTrigger, '/quotes')).toBeNull();
  });
});

describe('@ mention trigger', () => {
  it('opens on @ with a multi-word query', () => {
    expect(run(mentionTrigger, 'So @New ST')).toEqual({ leadOffset: 3, matchingString: 'New ST', replaceableString: '@New ST' });
    expect(run(mentionTrigger, '@')).toEqual({ leadOffset: 0, matchingString: '', replaceableString: '@' });
  });

  it('stays closed inside an e-mail address and after five words', () => {
    expect(run(mentionTrigger, 'mail me at anna@example')).toBeNull();
    expect(run(mentionTrigger, '@one two three four five')).toBeNull();
  });
});
