// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Why the identity in the detail pane is not in the list beside it, in words: the pane never
// shows someone the list hides without saying so (issue #31). Pure: the page gathers the facts.
struct PinnedListNote
{
    Q_DECLARE_TR_FUNCTIONS(PinnedListNote)

public:
    struct Facts
    {
        bool loaded = false;  // among the rows loaded, so only filters over them can hide it
        bool settled = true;  // the filters over the loaded rows have caught up
        QString stateFilter;  // the state filter's name, empty for "any state"
        QString quickFilter;  // the quick filter's text, trimmed
        bool loading = false; // more rows are on their way
        bool loadFailed = false;
        bool searching = false; // a server search restricts the list
        QString searched;       // its text
        bool complete = false;  // every identity of the list is loaded
        int loadedCount = 0;
    };

    QString text;
    bool problem = false;   // the list leaves it out (shown as a warning, not as progress)
    bool askServer = false; // every identity is loaded and it is not one: does it still exist?

    static PinnedListNote explain(const Facts &facts);
};
