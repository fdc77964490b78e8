<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>OutboxLine</name>
        <message numerus="yes">
            <source>Queued: leaves in %n s</source>
            <translation>
                <numerusform>Queued: leaves in %n s</numerusform>
                <numerusform>Queued: leaves in %n s</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message numerus="yes">
            <source>%n message(s) may have been sent: open the conversation to resend, mark as sent or discard.</source>
            <translation>
                <numerusform>%n message may have been sent: open the conversation to resend, mark as sent or discard.</numerusform>
                <numerusform>%n messages may have been sent: open the conversation to resend, mark as sent or discard.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mail checked: %n new message(s).</source>
            <translation>
                <numerusform>Mail checked: %n new message.</numerusform>
                <numerusform>Mail checked: %n new messages.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ThreadWrites</name>
        <message numerus="yes">
            <source>%n change(s) waiting for the team server</source>
            <translation>
                <numerusform>%n change waiting for the team server</numerusform>
                <numerusform>%n changes waiting for the team server</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ThreadsController</name>
        <message numerus="yes">
            <source>%n or more thread(s) match “%1”</source>
            <translation>
                <numerusform>%n or more threads match “%1”</numerusform>
                <numerusform>%n or more threads match “%1”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n thread(s) match “%1”</source>
            <translation>
                <numerusform>%n thread matches “%1”</numerusform>
                <numerusform>%n threads match “%1”</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnknownBanner</name>
        <message numerus="yes">
            <source>(%n more)</source>
            <translation>
                <numerusform>(%n more)</numerusform>
                <numerusform>(%n more)</numerusform>
            </translation>
        </message>
    </context>
</TS>