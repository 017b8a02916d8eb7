#pragma once
// Tooltips decide by themselves whether a text is rich text (Qt::mightBeRichText), so a
// customer called "<img src=http://x>" would be rendered as markup. Server data shown in a
// tooltip goes through this: escaped and wrapped, it always shows literally.
#include <QString>

namespace csm::client {

inline QString plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<span>%1</span>").arg(text.toHtmlEscaped());
}

} // namespace csm::client
