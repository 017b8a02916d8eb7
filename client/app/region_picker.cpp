#include "client/app/region_picker.h"

#include "client/core/region_cache.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>

namespace csm::client::ui {

RegionPicker::RegionPicker(RegionCache& regions, QWidget* parent)
    : QWidget(parent)
    , m_regions(regions)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const char* names[] = {"provinceBox", "cityBox", "districtBox"};
    for (int level = Province; level <= District; ++level) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QString::fromLatin1(names[level]));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
        combo->addItem(placeholder(level), QString());
        combo->setEnabled(false);
        layout->addWidget(combo, 1);
        m_combos[level] = combo;
        connect(combo, &QComboBox::activated, this, [this, level](int index) { onActivated(level, index); });
    }
    load(Province, QString());
}

QString RegionPicker::placeholder(int level) const
{
    switch (level) {
    case Province: return tr("Province");
    case City: return tr("City");
    default: return tr("District");
    }
}

bool RegionPicker::isLoading() const
{
    return m_loading[Province] || m_loading[City] || m_loading[District];
}

void RegionPicker::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QComboBox* combo : m_combos)
        combo->setEnabled(!readOnly && combo->count() > 1);
}

void RegionPicker::setCodes(const QString& province, const QString& city, const QString& district)
{
    m_wanted = {province, city, district};
    if (m_loading[Province])
        return;   // the province list will choose the wanted codes when it arrives
    load(Province, QString());
}

void RegionPicker::clearFrom(int level)
{
    for (int index = level; index <= District; ++index) {
        ++m_tokens[index];
        m_loading[index] = false;
        QComboBox* combo = m_combos[index];
        combo->clear();
        combo->addItem(placeholder(index), QString());
        combo->setEnabled(false);
    }
}

void RegionPicker::load(int level, const QString& parentCode)
{
    clearFrom(level);
    if (level != Province && parentCode.isEmpty())
        return;
    const quint64 token = m_tokens[level];
    m_loading[level] = true;
    m_regions.children(parentCode, this, [this, level, token](const QList<RegionEntry>& children,
                                                                const common::ErrorInfo* error) {
        if (token != m_tokens[level])
            return;   // superseded by another choice
        m_loading[level] = false;
        if (error) {
            emit loadFailed(*error);
            return;
        }
        QComboBox* combo = m_combos[level];
        const QString wanted = m_wanted[level];
        int selected = 0;
        for (const RegionEntry& entry : children) {
            if (!entry.active && entry.code != wanted)
                continue;
            combo->addItem(entry.name, entry.code);
            if (entry.code == wanted)
                selected = combo->count() - 1;
        }
        if (!wanted.isEmpty() && selected == 0) {
            // Keep a stored code the tree no longer lists, so that an unrelated edit does not drop it.
            combo->addItem(wanted, wanted);
            selected = combo->count() - 1;
        }
        combo->setCurrentIndex(selected);
        combo->setEnabled(!m_readOnly && combo->count() > 1);
        if (level < District && !wanted.isEmpty())
            load(level + 1, wanted);
    });
}

void RegionPicker::onActivated(int level, int index)
{
    const QString code = m_combos[level]->itemData(index).toString();
    if (code == m_wanted[level])
        return;
    m_wanted[level] = code;
    for (int below = level + 1; below <= District; ++below)
        m_wanted[below].clear();
    if (level < District)
        load(level + 1, code);
    emit changed();
}

void RegionPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (int level = Province; level <= District; ++level)
            m_combos[level]->setItemText(0, placeholder(level));
    }
    QWidget::changeEvent(event);
}

} // namespace csm::client::ui
