import { Button, Group, SimpleGrid } from '@mantine/core';
import { useRovingIndex } from '@mantine/hooks';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '+', '0'] as const;
const COLUMNS = 3;
/** The keys, then Delete in the grid's last cell, then Clear centred below the grid. */
const DELETE = KEYS.length;
const CLEAR = DELETE + 1;
/** Clear sits under the grid's bottom row, centred: up from it is the 0. */
const BOTTOM_ROW_START = CLEAR - COLUMNS;
const ZERO = KEYS.indexOf('0');

interface DialPadProps {
  onKey(key: string): void;
  onBackspace(): void;
  onClear(): void;
  /** Where typing continues after a key is clicked with the pointer. */
  onPointerPress(): void;
}

/**
 * The softphone keys. A click keeps the number field focused, so Enter still places the call.
 * For the keyboard the pad is one Tab stop (the key last used), the arrow keys move between its
 * keys, and digits may be typed there too: the fields after it are a Tab or two away, not twelve.
 * Memoised: the form around it re-renders with every character typed, its thirteen keys need not.
 */
export const DialPad = memo(function DialPad({ onKey, onBackspace, onClear, onPointerPress }: DialPadProps) {
  const { t } = useTranslation('calls');
  const { getItemProps, setFocusedIndex } = useRovingIndex({ total: CLEAR + 1, columns: COLUMNS });

  // The pad's buttons are its keys, in index order.
  const moveTo = (index: number) => (event: KeyboardEvent<HTMLElement>) => {
    event.preventDefault();
    setFocusedIndex(index);
    event.currentTarget.closest('[role="toolbar"]')?.querySelectorAll('button')[index]?.focus();
  };
  // The grid's own arrows cannot reach Clear from under the 0 or Delete.
  const offGrid = (index: number) => (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'ArrowDown' && index >= BOTTOM_ROW_START && index < CLEAR) moveTo(CLEAR)(event);
    else if (event.key === 'ArrowUp' && index === CLEAR) moveTo(ZERO)(event);
  };

  const key = (index: number, action: () => void) => {
    const { onClick, ...roving } = getItemProps({ index, onKeyDown: offGrid(index) });
    return {
      ...roving,
      onMouseDown: (event: MouseEvent) => event.preventDefault(),
      onClick: (event: MouseEvent) => {
        onClick(event);
        action();
        // detail is 0 when Enter or Space pressed the button.
        if (event.detail > 0) onPointerPress();
      },
    };
  };

  const typed = (event: KeyboardEvent) => {
    if (/^[0-9+]$/.test(event.key)) onKey(event.key);
    else if (event.key === 'Backspace') onBackspace();
    else return;
    event.preventDefault();
  };

  return (
    <div role="toolbar" aria-label={t('dialPad.label')} onKeyDown={typed}>
      <SimpleGrid cols={COLUMNS} spacing="xs" verticalSpacing="xs">
        {KEYS.map((digit, index) => (
          <Button key={digit} variant="default" size="lg" {...key(index, () => onKey(digit))}>
            {digit}
          </Button>
        ))}
        <Button variant="default" size="lg" aria-label={t('dialPad.delete')} {...key(DELETE, onBackspace)}>
          ⌫
        </Button>
      </SimpleGrid>
      <Group justify="center" mt="xs">
        <Button variant="subtle" size="xs" {...key(CLEAR, onClear)}>
          {t('dialPad.clear')}
        </Button>
      </Group>
    </div>
  );
});
