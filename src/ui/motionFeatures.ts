// framer-motion's animation features, fetched after the first render (LazyMotion in App): the
// first screen's `m` components (a member fading in, the error banner) need only these, and
// leaving them out of the first download keeps the initial JavaScript smaller.
import { domAnimation } from 'framer-motion';

export default domAnimation;
