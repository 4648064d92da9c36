import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/*
 * How a journey acts: by keyboard alone (Tab, Shift+Tab, Enter, Space and the arrows, never a
 * click), or with the mouse. A journey written against `Hands` runs either way.
 */

/** Moves the focus with Tab (Shift+Tab after the end) until `target` has it: the keyboard route a user takes. */
export async function tabTo(page: Page, target: Locator) {
  const handle = await target.elementHandle();
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((el) => el === document.activeElement, handle)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with the Tab key`);
}

/** How the journey acts: by keyboard alone, or with the mouse. */
export type Hands = {
  choose(target: Locator): Promise<void>;
  type(target: Locator, text: string): Promise<void>;
  select(target: Locator, value: string): Promise<void>;
  press(target: Locator): Promise<void>;
};

export function keyboard(page: Page): Hands {
  return {
    async choose(target) {
      if ((await target.getAttribute('type')) === 'radio') {
        // A radio group is one Tab stop; its options are reached with the arrow keys.
        const name = await target.getAttribute('name');
        await tabTo(page, page.locator(`input[type=radio][name="${name}"]:checked`).or(page.locator(`input[type=radio][name="${name}"]`).first()).first());
        for (let i = 0; i < 10 && !(await target.isChecked()); i++) {
          const here = await target.evaluate((el) => el === document.activeElement);
          await page.keyboard.press(here ? 'Space' : 'ArrowDown');
        }
      } else {
        await tabTo(page, target);
        await page.keyboard.press('Space');
      }
      await expect(target).toBeChecked();
    },
    async type(target, text) {
      await tabTo(page, target);
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(text);
    },
    async select(target, value) {
      await tabTo(page, target);
      const label = await target.locator(`option[value="${value}"]`).textContent();
      await page.keyboard.type(label!.slice(0, 5));
      await expect(target).toHaveValue(value);
    },
    async press(target) {
      await tabTo(page, target);
      await page.keyboard.press('Enter');
    },
  };
}

export function mouse(): Hands {
  return {
    choose: (target) => target.check(),
    type: (target, text) => target.fill(text),
    select: async (target, value) => void (await target.selectOption(value)),
    press: (target) => target.click(),
  };
}

export async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

/**
 * No text cut off: no element that hides its overflow holds more than it shows (WCAG 1.4.4, text
 * enlarged). Returns the offenders, described, so a failure says where.
 */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const style = getComputedStyle(el);
        const hides = (v: string) => v === 'hidden' || v === 'clip';
        if (!el.textContent?.trim() || style.position === 'absolute' || el.closest('.sr-only')) return false;
        return (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1);
      })
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}: ${el.textContent!.trim().slice(0, 40)}`),
  );
}


/**
 * Citizen sign-in through the VNeID simulator by keyboard alone: the address typed, then Tab to
 * "Sign in with VNeID", Enter, Tab to the person, Enter.
 */
export async function signInByKeyboard(page: Page, fullName: string, returnTo = '/me') {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  const hands = keyboard(page);
  await hands.press(page.getByRole('button', { name: /^(Đăng nhập bằng VNeID|Sign in with VNeID)$/ }));
  await expect(page.getByRole('heading', { name: /^VNeID — (trình mô phỏng|simulator)$/ })).toBeVisible();
  await hands.press(page.getByRole('button', { name: new RegExp(fullName) }));
  await page.waitForURL((url) => url.pathname === returnTo);
}
