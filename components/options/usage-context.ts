import { createContext, useContext } from 'react';
import type { Usage } from '../../lib/usage/frecency';

/** This browser's phrase usage (lib/usage/frecency), for "used N times" and the "not used lately" filter. */
export const UsageContext = createContext<Usage>({});
export const useUsage = () => useContext(UsageContext);

/** Days without use after which a phrase counts as "not used lately" for pruning. */
export const UNUSED_DAYS = 30;
