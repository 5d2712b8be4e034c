/**
 * Noto Sans KR (SIL Open Font License) in two weights, split by unicode-range: the app renders
 * Hangul on a machine with no Korean font. Imported lazily from main.tsx.
 */
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
