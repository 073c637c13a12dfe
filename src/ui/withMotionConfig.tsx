// framer-motion's settings for the views loaded on demand (views.tsx): its animations follow the
// reader's reduced-motion setting. The first screen (the cluster view, header, playback) animates
// with CSS only, so framer-motion comes with the first view that uses it, not with the page.
import { MotionConfig } from 'framer-motion';
import type { ComponentType } from 'react';

export function withMotionConfig(View: ComponentType): ComponentType {
  function WithMotionConfig() {
    return (
      <MotionConfig reducedMotion="user">
        <View />
      </MotionConfig>
    );
  }
  WithMotionConfig.displayName = `WithMotionConfig(${View.displayName ?? View.name})`;
  return WithMotionConfig;
}
