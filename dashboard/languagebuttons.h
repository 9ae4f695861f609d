#pragma once

// The dashboards' language switch (the centre's and HQ's): one checkable
// button per language (AZ EN RU), grouped so that one is checked.

#include "app/translations.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QPushButton>

#include <functional>

namespace novbe {

inline void addLanguageButtons(QBoxLayout *row, QButtonGroup *group,
                               const std::function<void(const QString &lang)> &choose)
{
    for (const QString &lang : Translations::languages()) {
        auto *button = new QPushButton(lang.toUpper());
        button->setObjectName(QStringLiteral("lang-") + lang);
        button->setCheckable(true);
        button->setMinimumWidth(56);
        group->addButton(button);
        row->addWidget(button);
        QObject::connect(button, &QPushButton::clicked, button, [choose, lang] { choose(lang); });
    }
}

} // namespace novbe
