// On a plan read from a pasted letter, each fact's 出处 is the letter itself with its sentence marked. The letter
// screens provide how to draw it; a region's plan has none, so its plan chunk carries nothing of the letter's.
import { createContext } from 'react';
import type { ReactNode } from 'react';
import type { Citation } from '../policies/model/types.ts';

export const LetterCitationContext = createContext<((cite: Citation) => ReactNode) | undefined>(undefined);
