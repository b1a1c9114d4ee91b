// SPDX-License-Identifier: GPL-3.0-or-later
#include "KratosSimulator.h"
#include "SimCommandLine.h"
#include "SimStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kratos-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KD_VERSION));
    SimCommandLine commandLine;
    commandLine.process(app);

    SimOptions options;
    QString error;
    if (!commandLine.readOptions(&options, &error)) {
        std::fprintf(stderr, "kratos-sim: %s\n", qPrintable(error));
        return 2;
    }
    KratosSimulator sim(options);
    if (!commandLine.readFaults(&sim.faults(), &error)) {
        std::fprintf(stderr, "kratos-sim: %s\n", qPrintable(error));
        return 2;
    }
    if (!sim.start(&error)) {
        std::fprintf(stderr, "kratos-sim: %s\n", qPrintable(error));
        return 1;
    }
    QTextStream out(stdout);
    out << "kratos-sim " << KD_VERSION << ": admin " << sim.adminUrl().toString() << "  public "
        << sim.publicUrl().toString() << "  (" << sim.store().identities().size() << " identities, "
        << sim.store().messages().size() << " messages, seed " << options.seed
        << (options.token.isEmpty() ? "" : ", bearer token required") << ")" << Qt::endl;
    return app.exec();
}
