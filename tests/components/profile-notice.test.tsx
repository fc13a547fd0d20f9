/** @vitest-environment happy-dom */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ManagedMark } from '../../components/managed-fields';
import { ProfileNotice } from '../../components/profile-notice';
import { untranslatedText, usePseudoMessages } from '../i18n/pseudo';
import { byText, click, mount, unmountAll } from './render';

afterEach(unmountAll);

describe('ProfileNotice', () => {
  test('without a profile, says the answers are generic and opens the options', async () => {
    const onOpen = vi.fn();
    const root = mount(<ProfileNotice hasProfile={false} onOpenOptions={onOpen} />);
    expect(root.textContent).toBe(
      'These answers are generic. Fill in your reports to get answers that name yours.',
    );
    await click(byText(root, 'button', 'Fill in your reports'));
    expect(onOpen).toHaveBeenCalledOnce();
  });

  test('leaves no English in the pseudo-language (the problem text is data)', () => {
    usePseudoMessages();
    const root = mount(
      <div>
        <ProfileNotice profileProblem="Broken profile" hasProfile={false} onOpenOptions={vi.fn()} />
        <ManagedMark inputId="profile-company" />
      </div>,
    );
    expect(root.textContent).toContain('⟦profileFillInReports⟧');
    expect(root.textContent).toContain('⟦profileSetByOrganisation⟧');
    expect(untranslatedText(root, ['Broken profile'])).toEqual([]);
  });
});
