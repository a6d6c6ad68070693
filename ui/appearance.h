#pragma once

#include <QString>
#include <QStringList>

namespace qb {

/// QSettings key of the colour scheme: "system" (the default: the platform's palette and style),
/// "light" or "dark". Desktops whose dark mode Qt 6.4 cannot read (GNOME without a Qt platform
/// theme) get a dark window this way.
inline constexpr char kColorSchemeSettingKey[] = "ui/colorScheme";

QStringList colorSchemes(); ///< "system", "light", "dark"

/// Applies a colour scheme to the whole application at once (charts follow on their own). The
/// first call remembers the platform's style and palette, so "system" restores them. Unknown
/// names mean "system". GUI thread only, after the QApplication exists.
void applyColorScheme(const QString &scheme);

/// The scheme the settings name ("system" when unset or unknown).
QString configuredColorScheme();

} // namespace qb
