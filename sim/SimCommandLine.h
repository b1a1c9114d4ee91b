// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>

struct SimFaults;
struct SimOptions;

// kratos-sim's command line: the simulated server (ports, seed data, flows) and its switchable
// faults. Every value is checked; a wrong one is named in `error`.
class SimCommandLine
{
public:
    SimCommandLine();

    // Reads the arguments; --help and --version print and exit, an unknown option exits with 1.
    void process(const QCoreApplication &app) { m_parser.process(app); }
    // The same without exiting, for tests: false on an unknown option.
    bool parse(const QStringList &arguments) { return m_parser.parse(arguments); }
    bool readOptions(SimOptions *options, QString *error) const;
    bool readFaults(SimFaults *faults, QString *error) const;

private:
    void addServerOptions();
    void addFlowOptions();
    void addFaultOptions();
    void add(const QString &name, const QString &description, const QString &valueName = {},
             const QString &defaultValue = {});
    // The option's value as a whole number >= `min`; false with `error` set when it is not.
    bool number(const QString &name, int min, int *value, QString *error) const;

    QCommandLineParser m_parser;
};
