#pragma once
// The args of customer.create / customer.update as a form collects them, and the
// difference between two such maps (an update sends only what changed).
#include <QCborMap>
#include <QStringList>

namespace csm::client {

// The keys of `edited` whose values differ from `original` (a map value such as the
// address travels whole). Used for every edit form: an update sends only what changed.
QCborMap changedArgs(const QCborMap& original, const QCborMap& edited);

// The changes of a customer form: changedArgs(), except that `custom` carries only the codes
// whose values changed (a cleared value as null).
QCborMap customerChanges(const QCborMap& original, const QCborMap& edited);
// The `custom` of a new customer: the codes that have a value.
QCborMap withoutEmptyCustomValues(QCborMap args);

// Phones typed one per line (or separated by ',' / ';'): each valid one normalised to its
// digits, invalid ones kept as typed so that validation names them; blank lines dropped.
QStringList phonesFromText(const QString& text);
// The display form of stored phones, one per line.
QString phonesToText(const QStringList& phones);
// Tags separated by ',' '，' ';' '；' or '、', trimmed, blanks and duplicates dropped.
QStringList tagsFromText(const QString& text);

// The args of an update op: id + version + the changes.
QCborMap updateArgs(qint64 id, int version, const QCborMap& changes);

} // namespace csm::client
