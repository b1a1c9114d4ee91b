// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerificationCommand.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "CourierCommand.h"
#include "IdentitiesCommand.h"
#include "IdentityListModel.h"
#include "KratosClient.h"
#include "SupportActions.h"

#include <QCommandLineParser>

int VerificationCommand::run(CliContext &cli, const QString &verb, const QStringList &args)
{
    if (verb != QLatin1String("send")) {
        cli.fail(QStringLiteral("verification has no command \"%1\" (it has send)").arg(verb));
        return CliContext::Usage;
    }
    QCommandLineParser parser;
    const QCommandLineOption identity(QStringLiteral("identity"),
                                      QStringLiteral("The identity the address belongs to, when it is not its login "
                                                     "identifier."),
                                      QStringLiteral("ID"));
    parser.addOption(identity);
    CliContext::addConnectionOptions(&parser);
    CliContext::addOutputOption(&parser);
    CliContext::addConfirmOptions(&parser);
    parser.addPositionalArgument(QStringLiteral("ADDRESS"), QStringLiteral("The e-mail address or phone number."));
    const int parsed = cli.parse(&parser, args, QStringLiteral("verification send ADDRESS"),
                                 QStringLiteral("Sends a verification message to one of an identity's addresses "
                                                "through Kratos's public verification flow (audited), and prints the "
                                                "courier message it queued."),
                                 false, 1);
    if (parsed >= 0)
        return parsed;
    const QString address = parser.positionalArguments().first();
    const int connected = cli.connect();
    if (connected != CliContext::Done)
        return connected;
    int exit = CliContext::Done;
    const std::optional<Identity> owner =
        IdentitiesCommand::lookUp(cli, parser.isSet(identity) ? parser.value(identity) : address, &exit);
    if (!owner)
        return exit;
    const auto known = std::find_if(
        owner->verifiableAddresses.cbegin(), owner->verifiableAddresses.cend(),
        [&address](const VerifiableAddress &a) { return a.value.compare(address, Qt::CaseInsensitive) == 0; });
    if (known == owner->verifiableAddresses.cend()) {
        cli.fail(QStringLiteral("%1 is not a verifiable address of identity %2").arg(address, owner->id));
        return CliContext::NotFound;
    }
    const QString label = IdentityListModel::primaryIdentifier(*owner, &cli.schemas());
    SupportActions support(cli.client(), cli.audit());
    // The method decides what the user gets (a code or a link): read it before asking.
    const auto probe = cli.wait<SelfServiceFlow>(
        [&](auto done) { support.probe(PublicFlowClient::Flow::Verification, &support, done); });
    if (!probe.ok()) {
        cli.fail(probe.error());
        return CliContext::exitFor(probe.error());
    }
    const int confirmed =
        cli.confirm(SupportActions::describeSendVerification(label, known->value, probe.value().active),
                    label.isEmpty() ? owner->id : label);
    if (confirmed != CliContext::Done)
        return confirmed;
    support.setReason(cli.reason()); // given or asked for in confirm()
    const auto sent = cli.wait<SupportActions::Sent>(
        [&](auto done) { support.sendVerification(owner->id, label, known->value, &support, done); });
    if (!sent.ok()) {
        cli.fail(sent.error());
        return CliContext::exitFor(sent.error());
    }
    if (!sent.value().message) {
        cli.fail(QStringLiteral("Kratos accepted the flow but queued no message for %1").arg(known->value));
        return CliContext::PartlyFailed;
    }
    CliOutput::single(cli.format(), sent.value().message->json, CourierCommand::columns(),
                      CourierCommand::cells(*sent.value().message));
    return CliContext::Done;
}
