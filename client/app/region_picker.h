#pragma once
// Province → city → district as three cascading combo boxes, filled from the region tree
// (admin.region.list through the RegionCache). codes() always tells the intended codes,
// also while a level is still loading.
#include "common/protocol/message.h"

#include <QWidget>

#include <array>

class QComboBox;

namespace csm::client {
class RegionCache;
}

namespace csm::client::ui {

class RegionPicker : public QWidget {
    Q_OBJECT
public:
    enum Level { Province, City, District };

    explicit RegionPicker(RegionCache& regions, QWidget* parent = nullptr);

    void setCodes(const QString& province, const QString& city, const QString& district);
    QString code(Level level) const { return m_wanted[level]; }
    QComboBox* combo(Level level) const { return m_combos[level]; }
    bool isLoading() const;
    void setReadOnly(bool readOnly);

signals:
    // The user picked another region.
    void changed();
    void loadFailed(const csm::common::ErrorInfo& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void load(int level, const QString& parentCode);
    void clearFrom(int level);
    void onActivated(int level, int index);
    QString placeholder(int level) const;

    RegionCache& m_regions;
    std::array<QComboBox*, 3> m_combos{};
    std::array<QString, 3> m_wanted;
    std::array<quint64, 3> m_tokens{};
    std::array<bool, 3> m_loading{};
    bool m_readOnly = false;
};

} // namespace csm::client::ui
