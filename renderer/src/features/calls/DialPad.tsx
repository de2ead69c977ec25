import { Button, Group, SimpleGrid } from '@mantine/core';
import type { KeyboardEvent, MouseEvent } from 'react';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '+', '0'] as const;

interface DialPadProps {
  onKey(key: string): void;
  onBackspace(): void;
  onClear(): void;
  /** Where typing continues after a key is clicked with the pointer. */
  onPointerPress(): void;
}

/**
 * The softphone keys. A click keeps the number field focused, so Enter still places the call;
 * a keyboard user moving through the keys stays on them, and may type digits there too.
 */
export function DialPad({ onKey, onBackspace, onClear, onPointerPress }: DialPadProps) {
  const pressed = (action: () => void) => (event: MouseEvent) => {
    action();
    // detail is 0 when Enter or Space pressed the button.
    if (event.detail > 0) onPointerPress();
  };
  const keepFocus = (event: MouseEvent) => event.preventDefault();
  const typed = (event: KeyboardEvent) => {
    if (/^[0-9+]$/.test(event.key)) onKey(event.key);
    else if (event.key === 'Backspace') onBackspace();
    else return;
    event.preventDefault();
  };

  return (
    <div role="group" aria-label="Dial pad" onKeyDown={typed}>
      <SimpleGrid cols={3} spacing="xs" verticalSpacing="xs">
        {KEYS.map((key) => (
          <Button key={key} variant="default" size="lg" onMouseDown={keepFocus} onClick={pressed(() => onKey(key))}>
            {key}
          </Button>
        ))}
        <Button variant="default" size="lg" aria-label="Delete last digit" onMouseDown={keepFocus} onClick={pressed(onBackspace)}>
          ⌫
        </Button>
      </SimpleGrid>
      <Group justify="center" mt="xs">
        <Button variant="subtle" size="xs" onMouseDown={keepFocus} onClick={pressed(onClear)}>
          Clear number
        </Button>
      </Group>
    </div>
  );
}
