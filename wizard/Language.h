#pragma once
// Switching the language at run time: the wizard's own strings and, when built in, the core's
// (advisor findings, operation messages) come from embedded .qm files under :/i18n.
#include <QString>

namespace gpusetup {

// "zh_CN" or "en" (source language). Installing sends LanguageChange to every widget, and
// WizardState re-advises so advisor texts follow. Returns false when no translation loaded.
bool setLanguage(const QString &lang);
QString currentLanguage();
// zh_CN when the system locale is Chinese, else en.
QString systemLanguage();

} // namespace gpusetup
