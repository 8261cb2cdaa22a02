/** The last action's outcome as a Fluent message bar (the live region reads it out separately). */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Notice } from '../hooks/useScoring';

export function NoticeBar({ notice }: { notice: Notice }) {
  return (
    <MessageBar layout="multiline" intent={notice.intent} data-testid="notice">
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}
