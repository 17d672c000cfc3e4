/**
 * Text sizes in CSS px for both modes. Elder mode follows MIIT 适老化通用设计规范 (2021):
 * body ≥ 18, main titles ≥ 30, touch targets ≥ 60, line height ≥ 1.3. The system font scale
 * (WeChat's own font-size setting) enlarges text further in either mode, never shrinks it.
 */
export interface TypeScale {
  body: number
  secondary: number
  title: number
  heading: number
  touchTarget: number
  lineHeight: number
}

export const STANDARD_SCALE: TypeScale = {
  body: 16,
  secondary: 14,
  title: 22,
  heading: 18,
  touchTarget: 44,
  lineHeight: 1.5,
}

export const ELDER_SCALE: TypeScale = {
  body: 19,
  secondary: 18,
  title: 30,
  heading: 24,
  touchTarget: 60,
  lineHeight: 1.5,
}

/** Beyond this WeChat's care mode stops growing text; we cap too so layouts stay usable. */
export const MAX_SYSTEM_FONT_SCALE = 1.6

export function typeScaleFor(elderMode: boolean, systemFontScale: number): TypeScale {
  const base = elderMode ? ELDER_SCALE : STANDARD_SCALE
  const factor = Number.isFinite(systemFontScale)
    ? Math.min(Math.max(systemFontScale, 1), MAX_SYSTEM_FONT_SCALE)
    : 1
  const scaled = (px: number) => Math.round(px * factor)
  return {
    body: scaled(base.body),
    secondary: scaled(base.secondary),
    title: scaled(base.title),
    heading: scaled(base.heading),
    touchTarget: Math.max(base.touchTarget, scaled(base.touchTarget)),
    lineHeight: base.lineHeight,
  }
}

/** The scale as CSS custom properties on the page root; SCSS reads them with var(). */
export function typeScaleStyle(scale: TypeScale): Record<string, string> {
  return {
    '--fs-body': `${scale.body}px`,
    '--fs-secondary': `${scale.secondary}px`,
    '--fs-title': `${scale.title}px`,
    '--fs-heading': `${scale.heading}px`,
    '--tap': `${scale.touchTarget}px`,
    '--lh': String(scale.lineHeight),
  }
}
