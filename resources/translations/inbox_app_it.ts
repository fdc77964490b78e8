<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it">
    <context>
        <name>Accessibility</name>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>Type words, an order id or a buyer's name to find threads</source>
            <translation>Scrivi parole, un ID ordine o il nome di un acquirente per trovare le conversazioni</translation>
        </message>
        <message>
            <source>Conversations, most urgent first: time left, buyer, subject</source>
            <translation>Conversazioni, le più urgenti prima: tempo rimasto, acquirente, oggetto</translation>
        </message>
        <message>
            <source>Saved views of the inbox with their thread counts</source>
            <translation>Viste salvate della posta in arrivo con il numero di conversazioni</translation>
        </message>
        <message>
            <source>Imported orders; drop Seller Central order reports here</source>
            <translation>Ordini importati; trascina qui i report degli ordini di Seller Central</translation>
        </message>
        <message>
            <source>The subject of your message to the buyer</source>
            <translation>L'oggetto del tuo messaggio all'acquirente</translation>
        </message>
        <message>
            <source>Your message to the buyer; problems are underlined as you type</source>
            <translation>Il tuo messaggio all'acquirente; i problemi sono sottolineati mentre scrivi</translation>
        </message>
        <message>
            <source>Problems Amazon would object to, each with how to fix it</source>
            <translation>Problemi che Amazon contesterebbe, ciascuno con il modo di correggerlo</translation>
        </message>
        <message>
            <source>Files attached to your message</source>
            <translation>File allegati al tuo messaggio</translation>
        </message>
        <message>
            <source>Find an order by its id or an exact SKU</source>
            <translation>Trova un ordine per ID o per SKU esatto</translation>
        </message>
        <message>
            <source>Conversations about the selected order</source>
            <translation>Conversazioni sull'ordine selezionato</translation>
        </message>
        <message>
            <source>Switch between the guide, the inbox and the orders</source>
            <translation>Passa dalla guida alla posta in arrivo e agli ordini</translation>
        </message>
        <message>
            <source>Activates “%1”</source>
            <translation>Attiva “%1”</translation>
        </message>
        <message>
            <source>Text field for “%1”</source>
            <translation>Campo di testo per “%1”</translation>
        </message>
        <message>
            <source>Choose “%1”</source>
            <translation>Scegli “%1”</translation>
        </message>
        <message>
            <source>%1: click a column to sort by it</source>
            <translation>%1: fai clic su una colonna per ordinare</translation>
        </message>
        <message>
            <source>List of “%1”</source>
            <translation>Elenco “%1”</translation>
        </message>
        <message>
            <source>Tabs: “%1”</source>
            <translation>Schede: “%1”</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Columns of %1</source>
            <translation>Colonne di %1</translation>
        </message>
        <message>
            <source>Shows “%1”</source>
            <translation>Mostra “%1”</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <source>Add mail account</source>
            <translation>Aggiungi account di posta</translation>
        </message>
        <message>
            <source>SSL/TLS (recommended)</source>
            <translation>SSL/TLS (consigliato)</translation>
        </message>
        <message>
            <source>STARTTLS (required)</source>
            <translation>STARTTLS (obbligatorio)</translation>
        </message>
        <message>
            <source>None: unencrypted (test servers only)</source>
            <translation>Nessuna: non cifrata (solo server di prova)</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>e.g. Shop EU</source>
            <translation>ad es. Negozio UE</translation>
        </message>
        <message>
            <source>Your shop's name</source>
            <translation>Il nome del tuo negozio</translation>
        </message>
        <message>
            <source>The address registered or authorized in Seller Central: Amazon rejects replies from any other address.</source>
            <translation>L'indirizzo registrato o autorizzato in Seller Central: Amazon rifiuta le risposte inviate da qualsiasi altro indirizzo.</translation>
        </message>
        <message>
            <source>Login name (often the address)</source>
            <translation>Nome di accesso (spesso l'indirizzo)</translation>
        </message>
        <message>
            <source>Incoming mail (IMAP)</source>
            <translation>Posta in arrivo (IMAP)</translation>
        </message>
        <message>
            <source>Folders to watch, separated by commas.</source>
            <translation>Cartelle da controllare, separate da virgole.</translation>
        </message>
        <message>
            <source>Outgoing mail (SMTP)</source>
            <translation>Posta in uscita (SMTP)</translation>
        </message>
        <message>
            <source>For a local relay or a server that trusts this computer's address. The password is then used for incoming mail only.</source>
            <translation>Per un relay locale o un server che si fida dell'indirizzo di questo computer. La password viene allora usata solo per la posta in arrivo.</translation>
        </message>
        <message>
            <source>Optional: a certificate file to trust for these servers</source>
            <translation>Facoltativo: un file di certificato da considerare attendibile per questi server</translation>
        </message>
        <message>
            <source>Ser&amp;ver:</source>
            <translation>Ser&amp;ver:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Porta:</translation>
        </message>
        <message>
            <source>Secur&amp;ity:</source>
            <translation>Sicure&amp;zza:</translation>
        </message>
        <message>
            <source>Re&amp;member the password in the system keyring</source>
            <translation>&amp;Memorizza la password nel portachiavi di sistema</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Your name:</source>
            <translation>Il tuo n&amp;ome:</translation>
        </message>
        <message>
            <source>Sender &amp;address:</source>
            <translation>&amp;Indirizzo mittente:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nome &amp;utente:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <source>&amp;Folders:</source>
            <translation>Cart&amp;elle:</translation>
        </message>
        <message>
            <source>No &amp;login: the server accepts my mail without one</source>
            <translation>Senza &amp;login: il server non lo richiede</translation>
        </message>
        <message>
            <source>Mar&amp;ketplaces this mailbox serves</source>
            <translation>Mar&amp;ketplace serviti da questa casella di posta</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>S&amp;foglia…</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Verifica &amp;connessione</translation>
        </message>
        <message>
            <source>Certificate to trust</source>
            <translation>Certificato attendibile</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificati (*.pem *.crt *.cer);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>No secure keyring is available here (%1). Seller Inbox will keep the password only until you close it, and ask for it again next time. It is never written to disk.</source>
            <translation>Nessun portachiavi sicuro disponibile (%1). Seller Inbox conserverà la password solo fino alla chiusura e la chiederà di nuovo la prossima volta. Non viene mai scritta su disco.</translation>
        </message>
        <message>
            <source>the system keyring did not answer</source>
            <translation>il portachiavi di sistema non ha risposto</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>Verifica della connessione…</translation>
        </message>
        <message>
            <source>sender address</source>
            <translation>indirizzo mittente</translation>
        </message>
        <message>
            <source>IMAP server</source>
            <translation>server IMAP</translation>
        </message>
        <message>
            <source>SMTP server</source>
            <translation>server SMTP</translation>
        </message>
        <message>
            <source>password</source>
            <translation>password</translation>
        </message>
        <message>
            <source>Please fill in: %1.</source>
            <translation>Compila: %1.</translation>
        </message>
        <message>
            <source>Please give the account a name.</source>
            <translation>Assegna un nome all'account.</translation>
        </message>
    </context>
    <context>
        <name>AmazonCompose</name>
        <message>
            <source>This buyer opted out, and Amazon no longer lets [Important] override it: connect the Selling Partner API (Settings › Connect Amazon) to send a critical message as an Amazon message.</source>
            <translation>Questo acquirente ha scelto di non ricevere messaggi e Amazon non permette più a [Important] di ignorarlo: collega la Selling Partner API (Impostazioni › Collega Amazon) per inviare un messaggio importante come messaggio Amazon.</translation>
        </message>
        <message>
            <source>This buyer opted out, and Amazon no longer lets [Important] override it; Amazon offers no message action for this order now, so wait for the buyer to write.</source>
            <translation>Questo acquirente ha scelto di non ricevere messaggi e Amazon non permette più a [Important] di ignorarlo; Amazon ora non offre alcun tipo di messaggio per questo ordine, quindi attendi che scriva l'acquirente.</translation>
        </message>
        <message>
            <source>This buyer opted out, and Amazon no longer lets [Important] override it: send a critical message as Amazon's '%1' message instead (Thread › Amazon message for this order…).</source>
            <translation>Questo acquirente ha scelto di non ricevere messaggi e Amazon non permette più a [Important] di ignorarlo: invia il messaggio importante come messaggio Amazon '%1' (Conversazione › Messaggio Amazon per questo ordine…).</translation>
        </message>
    </context>
    <context>
        <name>AmazonConnectDialog</name>
        <message>
            <source>Connect Amazon (Selling Partner API)</source>
            <translation>Collega Amazon (Selling Partner API)</translation>
        </message>
        <message>
            <source>Use your own private SP-API app, self-authorized in Seller Central (Apps and Services &gt; Develop Apps). The client secret and the refresh token are kept only in the system keyring.</source>
            <translation>Usa la tua app SP-API privata, autorizzata da te in Seller Central (App e servizi &gt; Sviluppa app). Il client secret e il refresh token sono conservati solo nel portachiavi di sistema.</translation>
        </message>
        <message>
            <source>App</source>
            <translation>App</translation>
        </message>
        <message>
            <source>e.g. Shop NA</source>
            <translation>ad es. Negozio NA</translation>
        </message>
        <message>
            <source>North America</source>
            <translation>Nord America</translation>
        </message>
        <message>
            <source>Europe</source>
            <translation>Europa</translation>
        </message>
        <message>
            <source>Far East</source>
            <translation>Estremo Oriente</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Regione:</translation>
        </message>
        <message>
            <source>&amp;LWA client id:</source>
            <translation>&amp;ID client LWA:</translation>
        </message>
        <message>
            <source>Client s&amp;ecret:</source>
            <translation>Client s&amp;ecret:</translation>
        </message>
        <message>
            <source>Re&amp;fresh token:</source>
            <translation>Re&amp;fresh token:</translation>
        </message>
        <message>
            <source>&amp;Marketplaces</source>
            <translation>&amp;Marketplace</translation>
        </message>
        <message>
            <source>A&amp;dvanced</source>
            <translation>Avan&amp;zate</translation>
        </message>
        <message>
            <source>API end&amp;point:</source>
            <translation>End&amp;point API:</translation>
        </message>
        <message>
            <source>Token &amp;URL:</source>
            <translation>&amp;URL del token:</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Prova</translation>
        </message>
        <message>
            <source>Asking Login with Amazon…</source>
            <translation>Richiesta a Login with Amazon…</translation>
        </message>
    </context>
    <context>
        <name>AmazonErrors</name>
        <message>
            <source>Amazon refused the authorization of '{connection}': the refresh token was revoked or the client secret is wrong. Authorize the app again in Seller Central and run 'inbox-app amazon connect {connection}' with the new refresh token.</source>
            <translation>Amazon ha rifiutato l'autorizzazione di '{connection}': il refresh token è stato revocato o il client secret è errato. Autorizza di nuovo l'app in Seller Central ed esegui 'inbox-app amazon connect {connection}' con il nuovo refresh token.</translation>
        </message>
        <message>
            <source>Your SP-API app lacks the role '{role}'. Add it to the app in Seller Central (Develop Apps), then authorize the app again.</source>
            <translation>Alla tua app SP-API manca il ruolo '{role}'. Aggiungilo all'app in Seller Central (Sviluppa app), poi autorizza di nuovo l'app.</translation>
        </message>
        <message>
            <source>Amazon is limiting how often this account may call {operation}; Seller Inbox will try again later by itself.</source>
            <translation>Amazon sta limitando la frequenza con cui questo account può chiamare {operation}; Seller Inbox riproverà più tardi da solo.</translation>
        </message>
        <message>
            <source>Amazon could not be reached (the connection timed out); check the internet connection. The sync picks up where it stopped.</source>
            <translation>Impossibile raggiungere Amazon (la connessione è scaduta); controlla la connessione a Internet. La sincronizzazione riprende da dove si era fermata.</translation>
        </message>
        <message>
            <source>Amazon could not be reached (no connection); check the internet connection. The sync picks up where it stopped.</source>
            <translation>Impossibile raggiungere Amazon (nessuna connessione); controlla la connessione a Internet. La sincronizzazione riprende da dove si era fermata.</translation>
        </message>
        <message>
            <source>Amazon could not be reached (the connection was lost); check the internet connection. The sync picks up where it stopped.</source>
            <translation>Impossibile raggiungere Amazon (la connessione si è interrotta); controlla la connessione a Internet. La sincronizzazione riprende da dove si era fermata.</translation>
        </message>
        <message>
            <source>Amazon refused {operation} (HTTP {status}): {message}</source>
            <translation>Amazon ha rifiutato {operation} (HTTP {status}): {message}</translation>
        </message>
        <message>
            <source>Amazon refused {operation} (HTTP {status}): {message} Seller Inbox will try again later.</source>
            <translation>Amazon ha rifiutato {operation} (HTTP {status}): {message} Seller Inbox riproverà più tardi.</translation>
        </message>
    </context>
    <context>
        <name>AmazonMessageDialog</name>
        <message>
            <source>Amazon message for %1</source>
            <translation>Messaggio Amazon per %1</translation>
        </message>
        <message>
            <source>Amazon delivers these messages even to buyers who opted out of unsolicited messages. Only the types Amazon accepts for this order now are offered.</source>
            <translation>Amazon recapita questi messaggi anche agli acquirenti che hanno rifiutato i messaggi non richiesti. Sono proposti solo i tipi che Amazon accetta ora per questo ordine.</translation>
        </message>
        <message>
            <source>Add &amp;file…</source>
            <translation>Aggiungi &amp;file…</translation>
        </message>
        <message>
            <source>Message t&amp;ype:</source>
            <translation>Tipo &amp;di messaggio:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Testo:</translation>
        </message>
        <message>
            <source>Attach&amp;ments:</source>
            <translation>Alle&amp;gati:</translation>
        </message>
        <message>
            <source>Coverage f&amp;rom:</source>
            <translation>Copertura da&amp;l:</translation>
        </message>
        <message>
            <source>Coverage t&amp;o:</source>
            <translation>Copertura &amp;al:</translation>
        </message>
        <message>
            <source>Asking Amazon which messages it accepts…</source>
            <translation>Chiedo ad Amazon quali messaggi accetta…</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Invia</translation>
        </message>
        <message>
            <source>Amazon accepts no message for this order right now.</source>
            <translation>Amazon non accetta messaggi per questo ordine in questo momento.</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Allega un file</translation>
        </message>
        <message>
            <source>%1 of %2 characters</source>
            <translation>%1 di %2 caratteri</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Invio in corso…</translation>
        </message>
        <message>
            <source>Confirm customization details</source>
            <translation>Conferma dettagli di personalizzazione</translation>
        </message>
        <message>
            <source>Confirm delivery details</source>
            <translation>Conferma dettagli di consegna</translation>
        </message>
        <message>
            <source>Legal disclosure</source>
            <translation>Informativa legale</translation>
        </message>
        <message>
            <source>Confirm order details</source>
            <translation>Conferma dettagli dell'ordine</translation>
        </message>
        <message>
            <source>Confirm service details</source>
            <translation>Conferma dettagli del servizio</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>Garanzia</translation>
        </message>
        <message>
            <source>Digital access key</source>
            <translation>Chiave di accesso digitale</translation>
        </message>
        <message>
            <source>Unexpected problem</source>
            <translation>Problema imprevisto</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Fattura</translation>
        </message>
    </context>
    <context>
        <name>AmazonOperations</name>
        <message>
            <source>the order search</source>
            <translation>la ricerca degli ordini</translation>
        </message>
        <message>
            <source>getOrder</source>
            <translation>getOrder</translation>
        </message>
        <message>
            <source>the messaging actions</source>
            <translation>le azioni di messaggistica</translation>
        </message>
        <message>
            <source>the buyer's language</source>
            <translation>la lingua dell'acquirente</translation>
        </message>
        <message>
            <source>the review request check</source>
            <translation>la verifica della richiesta di recensione</translation>
        </message>
        <message>
            <source>the review request</source>
            <translation>la richiesta di recensione</translation>
        </message>
        <message>
            <source>the attachment upload</source>
            <translation>il caricamento dell'allegato</translation>
        </message>
        <message>
            <source>the Amazon message</source>
            <translation>il messaggio Amazon</translation>
        </message>
        <message>
            <source>the Login with Amazon token request</source>
            <translation>la richiesta del token Login with Amazon</translation>
        </message>
    </context>
    <context>
        <name>AmazonOrderActions</name>
        <message>
            <source>Request a &amp;review</source>
            <translation>Richiedi una &amp;recensione</translation>
        </message>
        <message>
            <source>Amazon &amp;message…</source>
            <translation>&amp;Messaggio Amazon…</translation>
        </message>
        <message>
            <source>Connect Amazon (Selling Partner API) to request reviews and send Amazon messages.</source>
            <translation>Collega Amazon (Selling Partner API) per richiedere recensioni e inviare messaggi Amazon.</translation>
        </message>
        <message>
            <source>A review may be requested now.</source>
            <translation>Ora si può richiedere una recensione.</translation>
        </message>
        <message>
            <source>Requesting a review…</source>
            <translation>Richiesta della recensione…</translation>
        </message>
    </context>
    <context>
        <name>AmazonReviews</name>
        <message>
            <source>A review was already requested for {order} on {date}; Amazon allows one.</source>
            <translation>Una recensione per {order} è già stata richiesta il {date}; Amazon ne consente una.</translation>
        </message>
        <message>
            <source>{order} was canceled; there is nothing to review.</source>
            <translation>{order} è stato annullato; non c'è nulla da recensire.</translation>
        </message>
        <message>
            <source>{order} has no delivery date yet; a review may be requested 5-30 days after it.</source>
            <translation>{order} non ha ancora una data di consegna; una recensione si può richiedere da 5 a 30 giorni dopo la consegna.</translation>
        </message>
        <message>
            <source>Too early for {order}: a review may be requested from {date} (5 days after delivery).</source>
            <translation>Troppo presto per {order}: una recensione si può richiedere dal {date} (5 giorni dopo la consegna).</translation>
        </message>
        <message>
            <source>Too early for {order}: a review may be requested from {date} (5 days after the promised delivery date; Amazon has not reported the delivery).</source>
            <translation>Troppo presto per {order}: una recensione si può richiedere dal {date} (5 giorni dopo la data di consegna promessa; Amazon non ha comunicato la consegna).</translation>
        </message>
        <message>
            <source>Too late for {order}: review requests end 30 days after delivery.</source>
            <translation>Troppo tardi per {order}: le richieste di recensione finiscono 30 giorni dopo la consegna.</translation>
        </message>
        <message>
            <source>Too late for {order}: review requests end 30 days after the promised delivery date; Amazon has not reported the delivery.</source>
            <translation>Troppo tardi per {order}: le richieste di recensione finiscono 30 giorni dopo la data di consegna promessa; Amazon non ha comunicato la consegna.</translation>
        </message>
        <message>
            <source>Amazon does not offer a review request for {order} right now.</source>
            <translation>Amazon al momento non offre una richiesta di recensione per {order}.</translation>
        </message>
        <message>
            <source>Review requested for {order}.</source>
            <translation>Recensione richiesta per {order}.</translation>
        </message>
        <message>
            <source>Review requested for {order} (counted from the promised delivery date; Amazon has not reported the delivery).</source>
            <translation>Recensione richiesta per {order} (contando dalla data di consegna promessa; Amazon non ha comunicato la consegna).</translation>
        </message>
    </context>
    <context>
        <name>AmazonSyncStatus</name>
        <message>
            <source>Amazon: checking orders…</source>
            <translation>Amazon: controllo ordini…</translation>
        </message>
        <message>
            <source>Amazon: reading orders… %1 so far, page %2</source>
            <translation>Amazon: lettura degli ordini… finora %1, pagina %2</translation>
        </message>
        <message>
            <source>Amazon: %1 new, %2 updated orders</source>
            <translation>Amazon: %1 ordini nuovi, %2 aggiornati</translation>
        </message>
    </context>
    <context>
        <name>AmazonWindow</name>
        <message>
            <source>Connect Amazon (Selling Partner API)…</source>
            <translation>Collega Amazon (Selling Partner API)…</translation>
        </message>
        <message>
            <source>Sync Amazon orders now</source>
            <translation>Sincronizza ora gli ordini Amazon</translation>
        </message>
        <message>
            <source>Amazon review requests…</source>
            <translation>Richieste di recensione Amazon…</translation>
        </message>
        <message>
            <source>Request a review (Amazon)</source>
            <translation>Richiedi una recensione (Amazon)</translation>
        </message>
        <message>
            <source>Amazon message for this order…</source>
            <translation>Messaggio Amazon per questo ordine…</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Seller Inbox</source>
            <translation>Seller Inbox</translation>
        </message>
    </context>
    <context>
        <name>Assign</name>
        <message>
            <source>&amp;Assign to…</source>
            <translation>&amp;Assegna a…</translation>
        </message>
        <message>
            <source>&amp;Take it (assign to me)</source>
            <translation>&amp;Prendilo tu (assegna a me)</translation>
        </message>
        <message>
            <source>Unassi&amp;gn</source>
            <translation>&amp;Togli l'assegnazione</translation>
        </message>
        <message>
            <source>Assign to</source>
            <translation>Assegna a</translation>
        </message>
        <message>
            <source>Nobody (unassign)</source>
            <translation>Nessuno (togli l'assegnazione)</translation>
        </message>
        <message>
            <source>The thread could not be assigned: it is gone, or that person left the team.</source>
            <translation>Non assegnata: la conversazione non c'è più o quella persona ha lasciato il team.</translation>
        </message>
        <message>
            <source>Assigned to nobody</source>
            <translation>Non assegnato a nessuno</translation>
        </message>
        <message>
            <source>%1 (me)</source>
            <translation>%1 (io)</translation>
        </message>
        <message>
            <source>Assigned to %1</source>
            <translation>Assegnato a %1</translation>
        </message>
    </context>
    <context>
        <name>AttachmentJob</name>
        <message>
            <source>the file is empty</source>
            <translation>il file è vuoto</translation>
        </message>
        <message>
            <source>the file is {size} MB; Amazon accepts at most {limit} MB</source>
            <translation>il file è di {size} MB; Amazon accetta al massimo {limit} MB</translation>
        </message>
        <message>
            <source>could not be read ({error})</source>
            <translation>impossibile leggerlo ({error})</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>{name} is attached already.</source>
            <translation>{name} è già allegato.</translation>
        </message>
        <message>
            <source>Folders cannot be attached ({names}): attach the files in them.</source>
            <translation>Le cartelle non si possono allegare ({names}): allega i file che contengono.</translation>
        </message>
        <message>
            <source>pasted-image.png</source>
            <translation>immagine-incollata.png</translation>
        </message>
        <message>
            <source>attachment</source>
            <translation>allegato</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Apri</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Salva con nome…</translation>
        </message>
        <message>
            <source>Save attachment</source>
            <translation>Salva allegato</translation>
        </message>
        <message>
            <source>This type is not opened from here: save it and check it first.</source>
            <translation>Questo tipo di file non si apre da qui: salvalo e controllalo prima.</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Allegato</translation>
        </message>
        <message>
            <source>Could not open: %1</source>
            <translation>Impossibile aprire: %1</translation>
        </message>
        <message>
            <source>Could not save: %1</source>
            <translation>Impossibile salvare: %1</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsModel</name>
        <message>
            <source>all attachments together would be over {limit}</source>
            <translation>tutti gli allegati insieme supererebbero {limit}</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} byte</translation>
        </message>
        <message>
            <source>{name} — checking…</source>
            <translation>{name} — verifica in corso…</translation>
        </message>
        <message>
            <source>Cannot be sent: {why}
Content: {kind}</source>
            <translation>Impossibile inviare: {why}
Contenuto: {kind}</translation>
        </message>
        <message>
            <source>refused: {why}</source>
            <translation>rifiutato: {why}</translation>
        </message>
    </context>
    <context>
        <name>Buyer</name>
        <message>
            <source>Buyer of order %1</source>
            <translation>Acquirente dell'ordine %1</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>added account {name} ({address}); password kept in the system keyring</source>
            <translation>account {name} ({address}) aggiunto; password conservata nel portachiavi di sistema</translation>
        </message>
        <message>
            <source>added account {name} ({address}); password kept for this session only</source>
            <translation>account {name} ({address}) aggiunto; password conservata solo per questa sessione</translation>
        </message>
        <message>
            <source>give the password with --password-stdin (it is never a command argument)</source>
            <translation>indica la password con --password-stdin (mai come argomento del comando)</translation>
        </message>
        <message>
            <source>Add the account with --no-save-password and give the password to each `inbox-app sync --password-stdin`.</source>
            <translation>Aggiungi l'account con --no-save-password e indica la password a ogni `inbox-app sync --password-stdin`.</translation>
        </message>
        <message>
            <source>no password saved for this account; use --password-stdin</source>
            <translation>nessuna password salvata per questo account; usa --password-stdin</translation>
        </message>
        <message>
            <source>removed account {name}</source>
            <translation>account {name} rimosso</translation>
        </message>
        <message>
            <source>sent Amazon message {action} for {order}</source>
            <translation>messaggio Amazon {action} inviato per {order}</translation>
        </message>
        <message>
            <source>connected {name} ({region}); client secret and refresh token are in the keyring</source>
            <translation>{name} ({region}) collegato; client secret e refresh token sono nel portachiavi</translation>
        </message>
        <message>
            <source>{name}: {new} new orders, {updated} updated, {pages} pages, {languages} buyer languages</source>
            <translation>{name}: {new} ordini nuovi, {updated} aggiornati, {pages} pagine, {languages} lingue degli acquirenti</translation>
        </message>
        <message>
            <source>no order is inside its review window (5-30 days after delivery)</source>
            <translation>nessun ordine è nella sua finestra per le recensioni (5-30 giorni dopo la consegna)</translation>
        </message>
        <message>
            <source>give the client secret and refresh token with --secrets-stdin (two lines; never command arguments)</source>
            <translation>indica client secret e refresh token con --secrets-stdin (due righe; mai come argomenti del comando)</translation>
        </message>
        <message>
            <source>no Amazon connection yet; add one with `inbox-app amazon connect`</source>
            <translation>ancora nessun collegamento Amazon; aggiungine uno con `inbox-app amazon connect`</translation>
        </message>
        <message>
            <source>removed Amazon connection {name}; its secrets left the keyring</source>
            <translation>collegamento Amazon {name} rimosso; i suoi segreti sono stati tolti dal portachiavi</translation>
        </message>
        <message>
            <source>{orders} orders, {pages} pages</source>
            <translation>{orders} ordini, {pages} pagine</translation>
        </message>
        <message>
            <source>BLOCKED: {count} problem(s) must be fixed before sending</source>
            <translation>BLOCCATO: {count} problema/i da correggere prima dell'invio</translation>
        </message>
        <message>
            <source>SENDABLE ({count} note(s) below)</source>
            <translation>INVIABILE ({count} nota/e qui sotto)</translation>
        </message>
        <message>
            <source>SENDABLE</source>
            <translation>INVIABILE</translation>
        </message>
        <message>
            <source>ruleset {version}</source>
            <translation>regole {version}</translation>
        </message>
        <message>
            <source>attachment {name}</source>
            <translation>allegato {name}</translation>
        </message>
        <message>
            <source>body file {path} is not UTF-8 text</source>
            <translation>il file del testo {path} non è testo UTF-8</translation>
        </message>
        <message>
            <source>unknown marketplace {code} (known: {known})</source>
            <translation>marketplace sconosciuto {code} (noti: {known})</translation>
        </message>
        <message>
            <source>cannot read body file {path}: {why}</source>
            <translation>impossibile leggere il file del testo {path}: {why}</translation>
        </message>
        <message>
            <source>cannot read attachment {path}: {why}</source>
            <translation>impossibile leggere l'allegato {path}: {why}</translation>
        </message>
        <message>
            <source>database URL</source>
            <translation>URL del database</translation>
        </message>
        <message>
            <source>schema</source>
            <translation>schema</translation>
        </message>
        <message>
            <source>check is for SQLite stores</source>
            <translation>il controllo è per gli archivi SQLite</translation>
        </message>
        <message>
            <source>threads</source>
            <translation>conversazioni</translation>
        </message>
        <message>
            <source>messages</source>
            <translation>messaggi</translation>
        </message>
        <message>
            <source>orders</source>
            <translation>ordini</translation>
        </message>
        <message>
            <source>buyers</source>
            <translation>acquirenti</translation>
        </message>
        <message>
            <source>{revision} (app: {head})</source>
            <translation>{revision} (app: {head})</translation>
        </message>
        <message>
            <source>demo: {threads} threads, {messages} messages, {orders} orders in {seconds} s -&gt; {path}</source>
            <translation>demo: {threads} conversazioni, {messages} messaggi, {orders} ordini in {seconds} s -&gt; {path}</translation>
        </message>
        <message>
            <source>demo needs --db PATH (the file to create)</source>
            <translation>demo richiede --db PERCORSO (il file da creare)</translation>
        </message>
        <message>
            <source>--threads must be at least 1</source>
            <translation>--threads deve essere almeno 1</translation>
        </message>
        <message>
            <source>the demo generator writes SQLite files only</source>
            <translation>il generatore della demo scrive solo file SQLite</translation>
        </message>
        <message>
            <source>{path} already exists; use --force to replace it</source>
            <translation>{path} esiste già; usa --force per sostituirlo</translation>
        </message>
        <message>
            <source>demo: {done}/{total} threads</source>
            <translation>demo: {done}/{total} conversazioni</translation>
        </message>
        <message>
            <source>Removed {count} file(s) under {path}.</source>
            <translation>Rimossi {count} file in {path}.</translation>
        </message>
        <message>
            <source>Seller Inbox is in your applications menu ({path}).</source>
            <translation>Seller Inbox è nel menu delle applicazioni ({path}).</translation>
        </message>
        <message>
            <source>It starts {command}.</source>
            <translation>Avvia {command}.</translation>
        </message>
        <message>
            <source>Seller Inbox was not in the applications menu under {path}.</source>
            <translation>Seller Inbox non era nel menu delle applicazioni in {path}.</translation>
        </message>
        <message>
            <source>reading the Maildir {path}</source>
            <translation>lettura della Maildir {path}</translation>
        </message>
        <message>
            <source>reading the folder of .eml files {path}</source>
            <translation>lettura della cartella di file .eml {path}</translation>
        </message>
        <message>
            <source>reading the .eml file {path}</source>
            <translation>lettura del file .eml {path}</translation>
        </message>
        <message>
            <source>{total} messages read: {imported} imported, {known} already known, {ignored} not relay mail (ignored), {unmatched} notices without a matching thread</source>
            <translation>{total} messaggi letti: {imported} importati, {known} già noti, {ignored} non di inoltro Amazon (ignorati), {unmatched} avvisi senza una conversazione corrispondente</translation>
        </message>
        <message>
            <source> (cancelled)</source>
            <translation> (annullato)</translation>
        </message>
        <message>
            <source>reading the mbox file {path}</source>
            <translation>lettura del file mbox {path}</translation>
        </message>
        <message>
            <source>, {count} only partly readable</source>
            <translation>, {count} leggibili solo in parte</translation>
        </message>
        <message>
            <source>importing: {done}/{total}</source>
            <translation>importazione: {done}/{total}</translation>
        </message>
        <message>
            <source>import stopped: {why}</source>
            <translation>importazione interrotta: {why}</translation>
        </message>
        <message>
            <source>{name}: {layout}, {rows} rows: {new} new orders, {updated} updated, {items} items, {skipped} rows skipped</source>
            <translation>{name}: {layout}, {rows} righe: {new} ordini nuovi, {updated} aggiornati, {items} articoli, {skipped} righe saltate</translation>
        </message>
        <message>
            <source>{name}: {done} / {total} rows</source>
            <translation>{name}: {done} / {total} righe</translation>
        </message>
        <message>
            <source>, {count} threads linked</source>
            <translation>, {count} conversazioni collegate</translation>
        </message>
        <message>
            <source>{path}: refused, nothing imported: {why}</source>
            <translation>{path}: rifiutato, nulla importato: {why}</translation>
        </message>
        <message>
            <source>{path}: nothing imported: {why}</source>
            <translation>{path}: nulla importato: {why}</translation>
        </message>
        <message>
            <source>line {line}: {reason}</source>
            <translation>riga {line}: {reason}</translation>
        </message>
        <message>
            <source>... and {count} more</source>
            <translation>... e altre {count}</translation>
        </message>
        <message>
            <source>--days must be one of {choices} (got {value})</source>
            <translation>--days deve essere uno tra {choices} (ricevuto {value})</translation>
        </message>
        <message>
            <source>--now must be a date and time in ISO 8601, e.g. 2026-03-01T09:00 (got {value})</source>
            <translation>--now deve essere una data e ora in ISO 8601, ad es. 2026-03-01T09:00 (ricevuto {value})</translation>
        </message>
        <message>
            <source>cannot write {path}: the folder {folder} does not exist</source>
            <translation>impossibile scrivere {path}: la cartella {folder} non esiste</translation>
        </message>
        <message>
            <source>Response times, {days} days to {now}, {marketplace}</source>
            <translation>Tempi di risposta, {days} giorni fino a {now}, {marketplace}</translation>
        </message>
        <message>
            <source>Response times, {days} days to {now}</source>
            <translation>Tempi di risposta, {days} giorni fino a {now}</translation>
        </message>
        <message>
            <source>within</source>
            <translation>in tempo</translation>
        </message>
        <message>
            <source>late</source>
            <translation>in ritardo</translation>
        </message>
        <message>
            <source>unanswered</source>
            <translation>senza risposta</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>in attesa</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>esclusi</translation>
        </message>
        <message>
            <source>late rate</source>
            <translation>% ritardo</translation>
        </message>
        <message>
            <source>average</source>
            <translation>media</translation>
        </message>
        <message>
            <source>median</source>
            <translation>mediana</translation>
        </message>
        <message>
            <source>By person</source>
            <translation>Per persona</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>con risposta</translation>
        </message>
        <message>
            <source>assigned</source>
            <translation>assegnata</translation>
        </message>
        <message>
            <source>unknown marketplace {code}: use a code such as US, UK, DE</source>
            <translation>marketplace sconosciuto {code}: usa un codice come US, UK, DE</translation>
        </message>
        <message>
            <source>total</source>
            <translation>totale</translation>
        </message>
        <message>
            <source>cannot write {path}: {why}</source>
            <translation>impossibile scrivere {path}: {why}</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(nessuno)</translation>
        </message>
        <message>
            <source>--by-person needs a team inbox (this store has no seats)</source>
            <translation>--by-person richiede una casella di team (questo archivio non ha postazioni)</translation>
        </message>
        <message>
            <source>no SKU rules: every order is standard unless marked by hand</source>
            <translation>nessuna regola SKU: ogni ordine è standard se non segnato a mano</translation>
        </message>
        <message>
            <source>no SKU rule {pattern}</source>
            <translation>nessuna regola SKU {pattern}</translation>
        </message>
        <message>
            <source>another seat is fetching the team's mail (one seat at a time); this one only sends its outbox</source>
            <translation>un'altra postazione sta scaricando la posta del team (una alla volta); questa invia solo la sua posta in uscita</translation>
        </message>
        <message>
            <source>no mail account yet: add one with `inbox-app account add`</source>
            <translation>ancora nessun account di posta: aggiungine uno con `inbox-app account add`</translation>
        </message>
        <message>
            <source>joined the team inbox at {where} as {person} (seat {seat})</source>
            <translation>entrato nella casella del team su {where} come {person} (postazione {seat})</translation>
        </message>
        <message>
            <source>left the team inbox at {where}; this seat opens its own file again</source>
            <translation>uscito dalla casella del team su {where}; questa postazione torna al suo file</translation>
        </message>
        <message>
            <source>a team inbox is a PostgreSQL URL such as postgresql+psycopg://anna@db.example:5432/shop</source>
            <translation>una casella di team è un URL PostgreSQL come postgresql+psycopg://anna@db.example:5432/shop</translation>
        </message>
        <message>
            <source>this seat is on no team inbox: join one with `inbox-app team join URL --name NAME`</source>
            <translation>questa postazione non è in nessuna casella di team: entrane in una con `inbox-app team join URL --name NOME`</translation>
        </message>
        <message>
            <source>the database password stays in the keyring ({why})</source>
            <translation>la password del database resta nel portachiavi ({why})</translation>
        </message>
        <message>
            <source>this seat is on no team inbox</source>
            <translation>questa postazione non è in nessuna casella di team</translation>
        </message>
        <message>
            <source>left the team inbox on this machine; the server was not told ({why})</source>
            <translation>uscito dalla casella del team su questo computer; il server non è stato avvisato ({why})</translation>
        </message>
        <message>
            <source>left</source>
            <translation>uscito</translation>
        </message>
        <message>
            <source>team inbox {url}</source>
            <translation>casella del team {url}</translation>
        </message>
        <message>
            <source>(this seat)</source>
            <translation>(questa postazione)</translation>
        </message>
        <message>
            <source>seen {when} UTC</source>
            <translation>visto {when} UTC</translation>
        </message>
        <message>
            <source>{count} assigned</source>
            <translation>{count} assegnate</translation>
        </message>
        <message>
            <source>thread {thread} is assigned to nobody now</source>
            <translation>la conversazione {thread} ora non è assegnata a nessuno</translation>
        </message>
        <message>
            <source>thread {thread} was assigned to nobody</source>
            <translation>la conversazione {thread} non era assegnata a nessuno</translation>
        </message>
        <message>
            <source>thread {thread} assigned to {person}</source>
            <translation>conversazione {thread} assegnata a {person}</translation>
        </message>
        <message>
            <source>this seat is on no team inbox: --me needs a seat (inbox-app team join URL --name NAME)</source>
            <translation>questa postazione non è in nessuna casella di team: --me richiede una postazione (inbox-app team join URL --name NOME)</translation>
        </message>
    </context>
    <context>
        <name>ComposePane</name>
        <message>
            <source>Attach files</source>
            <translation>Allega file</translation>
        </message>
        <message>
            <source>Documents and images (*.pdf *.doc *.docx *.jpg *.jpeg *.png *.gif *.txt);;All files (*)</source>
            <translation>Documenti e immagini (*.pdf *.doc *.docx *.jpg *.jpeg *.png *.gif *.txt);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>Insert a saved reply…  (Ctrl+Shift+T)</source>
            <translation>Inserisci una risposta salvata…  (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <source>Save this message as a saved reply…</source>
            <translation>Salva questo messaggio come risposta salvata…</translation>
        </message>
        <message>
            <source>This draft is open in another window.</source>
            <translation>Questa bozza è aperta in un'altra finestra.</translation>
        </message>
        <message>
            <source>Only %1 of the %2 pasted characters were added: a message holds at most %3.</source>
            <translation>Sono stati aggiunti solo %1 dei %2 caratteri incollati: un messaggio ne contiene al massimo %3.</translation>
        </message>
        <message>
            <source>Draft not saved yet: {error}</source>
            <translation>Bozza non ancora salvata: {error}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Salvataggio…</translation>
        </message>
        <message>
            <source>The team server cannot be reached: your draft is kept on this computer and saved to the team inbox when the server is back.</source>
            <translation>Il server del team non è raggiungibile: la bozza resta su questo computer e viene salvata nella casella del team quando il server torna disponibile.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non salvata</translation>
        </message>
        <message>
            <source>Saving before closing…</source>
            <translation>Salvataggio prima della chiusura…</translation>
        </message>
        <message>
            <source>Choose which text to keep first (above).</source>
            <translation>Scegli prima quale testo tenere (sopra).</translation>
        </message>
        <message>
            <source>This draft was changed in another window.</source>
            <translation>Questa bozza è stata modificata in un'altra finestra.</translation>
        </message>
        <message>
            <source>Kept on this computer</source>
            <translation>Conservata su questo computer</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Salvata</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Oggetto</translation>
        </message>
        <message>
            <source>Write to the buyer… (plain text; drop or paste files to attach)</source>
            <translation>Scrivi all'acquirente… (testo semplice; trascina o incolla i file da allegare)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Messaggio</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Allegati</translation>
        </message>
        <message>
            <source>Attach…</source>
            <translation>Allega…</translation>
        </message>
        <message>
            <source>Attach files: PDF, Word, JPEG, PNG, GIF or text, 7 MB in all (Ctrl+Shift+A)</source>
            <translation>Allega file: PDF, Word, JPEG, PNG, GIF o testo, 7 MB in totale (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Remove the selected attachment (Delete)</source>
            <translation>Rimuovi l'allegato selezionato (Canc)</translation>
        </message>
        <message>
            <source>Problems Amazon would object to</source>
            <translation>Problemi che Amazon contesterebbe</translation>
        </message>
        <message>
            <source>Saved replies…</source>
            <translation>Risposte salvate…</translation>
        </message>
        <message>
            <source>Insert a saved reply (Ctrl+Shift+T)</source>
            <translation>Inserisci una risposta salvata (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Invia</translation>
        </message>
        <message>
            <source>{used} of {limit}</source>
            <translation>{used} di {limit}</translation>
        </message>
        <message>
            <source>All attachments together may not exceed {limit}.</source>
            <translation>Gli allegati insieme non possono superare {limit}.</translation>
        </message>
        <message>
            <source>Compose</source>
            <translation>Scrittura</translation>
        </message>
        <message>
            <source>Edit saved replies…</source>
            <translation>Modifica risposte salvate…</translation>
        </message>
        <message>
            <source>Attach files…</source>
            <translation>Allega file…</translation>
        </message>
        <message>
            <source>Insert a saved reply…</source>
            <translation>Inserisci una risposta salvata…</translation>
        </message>
        <message>
            <source>Undo send</source>
            <translation>Annulla l'invio</translation>
        </message>
        <message>
            <source>Replace {placeholder} with your name, or set your name and signature under Saved replies… › Your name and signature…</source>
            <translation>Sostituisci {placeholder} con il tuo nome, oppure imposta nome e firma in Risposte salvate… › Il tuo nome e la firma…</translation>
        </message>
        <message>
            <source>Replace {placeholder}: the buyer would read it as it stands.</source>
            <translation>Sostituisci {placeholder}: l'acquirente lo leggerebbe così com'è.</translation>
        </message>
        <message>
            <source>Not queued: the draft could not be saved first; it is kept here.</source>
            <translation>Non messo in coda: prima non è stato possibile salvare la bozza, che resta qui.</translation>
        </message>
        <message>
            <source>The store is busy (another program is writing); your draft is kept: send it again in a moment.</source>
            <translation>L'archivio è occupato (un altro programma sta scrivendo); la bozza è conservata: inviala di nuovo tra un momento.</translation>
        </message>
        <message>
            <source>The message could not be queued; it is kept.</source>
            <translation>Non è stato possibile mettere il messaggio in coda; è conservato.</translation>
        </message>
        <message>
            <source>Putting the message in the outbox…</source>
            <translation>Il messaggio va nella posta in uscita…</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <translation>Non inviato: {reason}</translation>
        </message>
        <message>
            <source>Order {order} has no buyer address yet: import the order's messages or wait for the buyer's first message.</source>
            <translation>L'ordine {order} non ha ancora un indirizzo dell'acquirente: importa i messaggi dell'ordine o attendi il primo messaggio dell'acquirente.</translation>
        </message>
        <message>
            <source>Write the reply first, then save it.</source>
            <translation>Scrivi prima la risposta, poi salvala.</translation>
        </message>
        <message>
            <source>the store could not be written; your text is kept</source>
            <translation>non è stato possibile scrivere nell'archivio; il testo è conservato</translation>
        </message>
        <message>
            <source>Adds {tag} to the start of the subject (Ctrl+I). A buyer who opted out of unsolicited messages still receives a message with this tag, but only when it is critical to the order: a shipping or address problem, customization, delivery scheduling, cancellation. Using it on anything else (thanks, review requests, offers) is misuse that Amazon may penalise.</source>
            <translation>Aggiunge {tag} all'inizio dell'oggetto (Ctrl+I). Un acquirente che ha disattivato i messaggi non richiesti riceve comunque un messaggio con questo tag, ma solo se è essenziale per l'ordine: un problema di spedizione o di indirizzo, una personalizzazione, la programmazione della consegna, un annullamento. Usarlo per altro (ringraziamenti, richieste di recensione, offerte) è un uso improprio che Amazon può sanzionare.</translation>
        </message>
        <message>
            <source>This buyer opted out of unsolicited messages; a reply to the buyer's own message is still delivered.</source>
            <translation>Questo acquirente ha disattivato i messaggi non richiesti; una risposta a un suo messaggio viene comunque recapitata.</translation>
        </message>
        <message>
            <source>Saved as the reply “{name}”.</source>
            <translation>Salvata come risposta “{name}”.</translation>
        </message>
        <message>
            <source>This buyer opted out of unsolicited messages. Send only what the order needs (shipping, address, customization, delivery), with {tag} in the subject.</source>
            <translation>Questo acquirente ha disattivato i messaggi non richiesti. Invia solo ciò che serve all'ordine (spedizione, indirizzo, personalizzazione, consegna), con {tag} nell'oggetto.</translation>
        </message>
        <message>
            <source>To {buyer} · order {order}</source>
            <translation>A {buyer} · ordine {order}</translation>
        </message>
        <message>
            <source>Not saved: {why}</source>
            <translation>Non salvata: {why}</translation>
        </message>
        <message>
            <source>To {buyer}</source>
            <translation>A {buyer}</translation>
        </message>
        <message>
            <source>Message queued. Undo with Ctrl+Z while the countdown runs.</source>
            <translation>Messaggio in coda. Annulla con Ctrl+Z finché il conto alla rovescia è in corso.</translation>
        </message>
        <message>
            <source>Sending undone: the message is a draft again.</source>
            <translation>Invio annullato: il messaggio è di nuovo una bozza.</translation>
        </message>
        <message>
            <source>Too late to undo: the message has left the queue.</source>
            <translation>Troppo tardi per annullare: il messaggio ha già lasciato la coda.</translation>
        </message>
        <message>
            <source>Save as a saved reply</source>
            <translation>Salva come risposta salvata</translation>
        </message>
        <message>
            <source>Name (the buyer's name, order id and product become placeholders):</source>
            <translation>Nome (il nome dell'acquirente, l'ID ordine e il prodotto diventano segnaposto):</translation>
        </message>
        <message>
            <source>Your name and signature…</source>
            <translation>Il tuo nome e la firma…</translation>
        </message>
    </context>
    <context>
        <name>ComposeWindow</name>
        <message>
            <source>Message to the buyer · order {order}</source>
            <translation>Messaggio all'acquirente · ordine {order}</translation>
        </message>
        <message>
            <source>Message to the buyer</source>
            <translation>Messaggio all'acquirente</translation>
        </message>
    </context>
    <context>
        <name>ConfirmResendDialog</name>
        <message>
            <source>Send again?</source>
            <translation>Inviare di nuovo?</translation>
        </message>
        <message>
            <source>“{subject}” may already have reached the buyer.</source>
            <translation>«{subject}» potrebbe essere già arrivato all'acquirente.</translation>
        </message>
        <message>
            <source>Send it again only if the buyer's messages in Seller Central show that it did not arrive: otherwise the buyer gets it twice.</source>
            <translation>Invialo di nuovo solo se i messaggi dell'acquirente in Seller Central mostrano che non è arrivato: altrimenti l'acquirente lo riceve due volte.</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Invia di nuovo</translation>
        </message>
        <message>
            <source>Don't send</source>
            <translation>Non inviare</translation>
        </message>
    </context>
    <context>
        <name>ConfirmWarningsDialog</name>
        <message>
            <source>Send despite warnings?</source>
            <translation>Inviare nonostante gli avvisi?</translation>
        </message>
        <message>
            <source>Amazon may not deliver this message, or may count it against your account. Check each point before sending:</source>
            <translation>Amazon potrebbe non recapitare questo messaggio o considerarlo a sfavore del tuo account. Controlla ogni punto prima di inviare:</translation>
        </message>
        <message>
            <source>Send &amp;anyway</source>
            <translation>Invia &amp;comunque</translation>
        </message>
    </context>
    <context>
        <name>ConnectionsBox</name>
        <message>
            <source>Saved connections</source>
            <translation>Connessioni salvate</translation>
        </message>
        <message>
            <source>Saved Amazon connections</source>
            <translation>Connessioni Amazon salvate</translation>
        </message>
        <message>
            <source>Each connection with its marketplaces and how far its orders are synced</source>
            <translation>Ogni connessione con i suoi marketplace e fin dove sono sincronizzati i suoi ordini</translation>
        </message>
        <message>
            <source>T&amp;est connection</source>
            <translation>Prova c&amp;onnessione</translation>
        </message>
        <message>
            <source>Asks Login with Amazon whether the saved secrets still work</source>
            <translation>Chiede a Login with Amazon se i segreti salvati funzionano ancora</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Rimuovi…</translation>
        </message>
        <message>
            <source>Removes the connection and its secrets from the keyring; orders stay</source>
            <translation>Rimuove la connessione e i suoi segreti dal portachiavi; gli ordini restano</translation>
        </message>
        <message>
            <source>orders synced to %1</source>
            <translation>ordini sincronizzati fino a %1</translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>non ancora sincronizzata</translation>
        </message>
        <message>
            <source>no secrets in the keyring</source>
            <translation>nessun segreto nel portachiavi</translation>
        </message>
        <message>
            <source>Asking Login with Amazon…</source>
            <translation>Richiesta a Login with Amazon…</translation>
        </message>
        <message>
            <source>Remove connection</source>
            <translation>Rimuovi connessione</translation>
        </message>
        <message>
            <source>Remove the Amazon connection '%1' and its secrets? Its orders stay in the inbox.</source>
            <translation>Rimuovere la connessione Amazon '%1' e i suoi segreti? I suoi ordini restano nella posta.</translation>
        </message>
        <message>
            <source>Removed the connection '%1'.</source>
            <translation>Connessione '%1' rimossa.</translation>
        </message>
    </context>
    <context>
        <name>Conversation</name>
        <message>
            <source>Amazon notice: not delivered (buyer opted out)</source>
            <translation>Avviso Amazon: non recapitato (l'acquirente ha disattivato i messaggi)</translation>
        </message>
        <message>
            <source>Amazon notice: blocked by Amazon's guidelines</source>
            <translation>Avviso Amazon: bloccato dalle linee guida di Amazon</translation>
        </message>
        <message>
            <source>sent via Amazon (Amazon message)</source>
            <translation>inviato tramite Amazon (messaggio Amazon)</translation>
        </message>
        <message>
            <source>Amazon notice: copy of a reply sent from Seller Central</source>
            <translation>Avviso Amazon: copia di una risposta inviata da Seller Central</translation>
        </message>
        <message>
            <source>Amazon notice</source>
            <translation>Avviso Amazon</translation>
        </message>
        <message>
            <source>received</source>
            <translation>ricevuto</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>inviato</translation>
        </message>
        <message>
            <source>queued in the outbox</source>
            <translation>in coda nella posta in uscita</translation>
        </message>
        <message>
            <source>sending…</source>
            <translation>invio in corso…</translation>
        </message>
        <message>
            <source>failed to send</source>
            <translation>invio non riuscito</translation>
        </message>
        <message>
            <source>bounced</source>
            <translation>respinto</translation>
        </message>
        <message>
            <source>may have been sent (status unknown)</source>
            <translation>potrebbe essere stato inviato (stato sconosciuto)</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>bozza</translation>
        </message>
        <message>
            <source>Sent by %1</source>
            <translation>Inviato da %1</translation>
        </message>
        <message>
            <source>Written by %1</source>
            <translation>Scritto da %1</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Acquirente</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Tu</translation>
        </message>
        <message>
            <source>Amazon</source>
            <translation>Amazon</translation>
        </message>
        <message>
            <source>Select a thread to read it.</source>
            <translation>Seleziona una conversazione per leggerla.</translation>
        </message>
        <message>
            <source>Show formatted version</source>
            <translation>Mostra versione formattata</translation>
        </message>
        <message>
            <source>No thread selected</source>
            <translation>Nessuna conversazione selezionata</translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>(nessun oggetto)</translation>
        </message>
        <message>
            <source>No response needed: the clock is stopped</source>
            <translation>Nessuna risposta necessaria: il timer è fermo</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Errore: %1</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>Testo del messaggio</translation>
        </message>
        <message>
            <source>Show more (page %1 of %2)</source>
            <translation>Mostra altro (pagina %1 di %2)</translation>
        </message>
        <message>
            <source>Reading the conversation…</source>
            <translation>Lettura della conversazione…</translation>
        </message>
        <message>
            <source>order %1</source>
            <translation>ordine %1</translation>
        </message>
        <message>
            <source>Assigned to %1</source>
            <translation>Assegnato a %1</translation>
        </message>
        <message>
            <source>Reply within %1</source>
            <translation>Rispondi entro %1</translation>
        </message>
        <message>
            <source>Reply %1</source>
            <translation>Risposta %1</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Con risposta</translation>
        </message>
    </context>
    <context>
        <name>DeadlineAlerts</name>
        <message>
            <source>Dismiss</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>(nessun oggetto)</translation>
        </message>
        <message>
            <source>A reply is due within %1</source>
            <translation>Una risposta è dovuta entro %1</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>e altri %1</translation>
        </message>
        <message>
            <source>%1 replies are due within %2</source>
            <translation>%1 risposte sono dovute entro %2</translation>
        </message>
        <message>
            <source>No reply due soon</source>
            <translation>Nessuna risposta in scadenza</translation>
        </message>
        <message>
            <source>%1 threads due within the alert window</source>
            <translation>%1 conversazioni in scadenza entro la finestra di avviso</translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <source>&amp;Getting started</source>
            <translation>&amp;Per iniziare</translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>&amp;Aspetto</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>Segui il &amp;sistema</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Chiaro</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Scuro</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>Per iniziare</translation>
        </message>
    </context>
    <context>
        <name>DraftConflictBar</name>
        <message>
            <source>This draft was changed in another window. Yours is kept below; theirs is shown here. Choose which to keep:</source>
            <translation>Questa bozza è stata modificata in un'altra finestra. La tua è conservata qui sotto; l'altra è mostrata qui. Scegli quale tenere:</translation>
        </message>
        <message>
            <source>The text saved in the other window</source>
            <translation>Il testo salvato nell'altra finestra</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Tieni la mia</translation>
        </message>
        <message>
            <source>Use theirs</source>
            <translation>Usa l'altra</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Tienile entrambe</translation>
        </message>
        <message>
            <source>Their text is added below yours</source>
            <translation>L'altro testo viene aggiunto sotto il tuo</translation>
        </message>
        <message>
            <source>(the other window discarded the draft)</source>
            <translation>(l'altra finestra ha eliminato la bozza)</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>Blocks sending</source>
            <translation>Blocca l'invio</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avviso</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Getting started</source>
            <translation>Per iniziare</translation>
        </message>
        <message>
            <source>Welcome to Seller Inbox</source>
            <translation>Benvenuto in Seller Inbox</translation>
        </message>
        <message>
            <source>Your inbox is empty. Four steps bring your Amazon buyer messages here:</source>
            <translation>La tua casella è vuota. Quattro passi portano qui i messaggi dei tuoi acquirenti Amazon:</translation>
        </message>
        <message>
            <source>Connect your business mailbox</source>
            <translation>Collega la casella di posta aziendale</translation>
        </message>
        <message>
            <source>Amazon relays buyer messages to the e-mail address of your seller account. Add that mailbox (IMAP to receive, SMTP to reply) so Seller Inbox can read and answer them.</source>
            <translation>Amazon inoltra i messaggi degli acquirenti all'indirizzo e-mail del tuo account venditore. Aggiungi quella casella (IMAP per ricevere, SMTP per rispondere) perché Seller Inbox possa leggerli e rispondere.</translation>
        </message>
        <message>
            <source>Make relay mail complete in Seller Central</source>
            <translation>Completa l'inoltro della posta in Seller Central</translation>
        </message>
        <message>
            <source>In Seller Central, Settings › Notification Preferences › Messaging: send &lt;i&gt;Buyer Messages&lt;/i&gt;, &lt;i&gt;opt-out notices&lt;/i&gt; and &lt;i&gt;delivery failures&lt;/i&gt; to this mailbox. Then, in Settings › Messaging Permissions, authorize the sender address you reply from: Amazon drops replies from any other address.</source>
            <translation>In Seller Central, Impostazioni › Preferenze di notifica › Messaggi: invia &lt;i&gt;Messaggi degli acquirenti&lt;/i&gt;, &lt;i&gt;avvisi di rinuncia&lt;/i&gt; e &lt;i&gt;mancate consegne&lt;/i&gt; a questa casella. Poi, in Impostazioni › Autorizzazioni per i messaggi, autorizza l'indirizzo da cui rispondi: Amazon scarta le risposte da qualsiasi altro indirizzo.</translation>
        </message>
        <message>
            <source>I have changed these settings</source>
            <translation>Ho modificato queste impostazioni</translation>
        </message>
        <message>
            <source>Marks the Seller Central step as done; nothing is sent to Amazon</source>
            <translation>Segna come fatto il passo di Seller Central; nulla viene inviato ad Amazon</translation>
        </message>
        <message>
            <source>Bring in your orders</source>
            <translation>Importa i tuoi ordini</translation>
        </message>
        <message>
            <source>Import an order report downloaded from Seller Central (Reports › Fulfillment › All Orders), or connect the Selling Partner API, so each conversation shows its order.</source>
            <translation>Importa un report degli ordini scaricato da Seller Central (Report › Gestione › Tutti gli ordini), oppure collega la Selling Partner API, così ogni conversazione mostra il suo ordine.</translation>
        </message>
        <message>
            <source>Connect Selling Partner API…</source>
            <translation>Collega la Selling Partner API…</translation>
        </message>
        <message>
            <source>Connects the store to Amazon's Selling Partner API</source>
            <translation>Collega l'archivio alla Selling Partner API di Amazon</translation>
        </message>
        <message>
            <source>Just looking?</source>
            <translation>Vuoi solo dare un'occhiata?</translation>
        </message>
        <message>
            <source>Open the demo: a made-up shop with 3,000 conversations in seven marketplaces. Nothing in it is sent anywhere.</source>
            <translation>Apri la demo: un negozio inventato con 3.000 conversazioni in sette marketplace. Nulla viene inviato da nessuna parte.</translation>
        </message>
        <message>
            <source>Each step can be done later from the menus: Mail › Add account…, File › Import orders…, and Help › Getting started brings this guide back.</source>
            <translation>Ogni passo si può fare anche più tardi dai menu: Posta › Aggiungi account…, File › Importa ordini…, e Aiuto › Per iniziare riapre questa guida.</translation>
        </message>
        <message>
            <source>Close the guide</source>
            <translation>Chiudi la guida</translation>
        </message>
        <message>
            <source>Hides this guide; Help › Getting started shows it</source>
            <translation>Nasconde questa guida; Aiuto › Per iniziare la mostra di nuovo</translation>
        </message>
        <message>
            <source>Add mail account…</source>
            <translation>Aggiungi account di posta…</translation>
        </message>
        <message>
            <source>Opens the mail account dialog</source>
            <translation>Apre la finestra dell'account di posta</translation>
        </message>
        <message>
            <source>Import order report…</source>
            <translation>Importa report degli ordini…</translation>
        </message>
        <message>
            <source>Opens a file chooser for Seller Central order reports</source>
            <translation>Apre la scelta dei file per i report degli ordini di Seller Central</translation>
        </message>
        <message>
            <source>Open the demo</source>
            <translation>Apri la demo</translation>
        </message>
        <message>
            <source>Opens a second window on the demo store</source>
            <translation>Apre una seconda finestra sull'archivio demo</translation>
        </message>
        <message>
            <source>Step %1, done</source>
            <translation>Passo %1, fatto</translation>
        </message>
        <message>
            <source>Step %1</source>
            <translation>Passo %1</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>%1 m</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>overdue %1 m</source>
            <translation>in ritardo di %1 min</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <source>overdue %1 h</source>
            <translation>in ritardo di %1 h</translation>
        </message>
        <message>
            <source>overdue %1 d</source>
            <translation>in ritardo di %1 g</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1 g %2 h</translation>
        </message>
        <message>
            <source>%1 h %2 m</source>
            <translation>%1 h %2 min</translation>
        </message>
    </context>
    <context>
        <name>LiveCheck</name>
        <message>
            <source>An attachment is still being checked.</source>
            <translation>Un allegato è ancora in fase di verifica.</translation>
        </message>
        <message>
            <source>{name}: {why}</source>
            <translation>{name}: {why}</translation>
        </message>
        <message>
            <source>The message is empty.</source>
            <translation>Il messaggio è vuoto.</translation>
        </message>
        <message>
            <source>No conversation selected.</source>
            <translation>Nessuna conversazione selezionata.</translation>
        </message>
        <message>
            <source>Cannot send yet:</source>
            <translation>Impossibile inviare per ora:</translation>
        </message>
        <message>
            <source>Put the message in the outbox (Ctrl+Enter)</source>
            <translation>Metti il messaggio nella posta in uscita (Ctrl+Invio)</translation>
        </message>
    </context>
    <context>
        <name>MailErrors</name>
        <message>
            <source>The {what} server name '{host}' was not found. Check the host name.</source>
            <translation>Il nome del server {what} '{host}' non è stato trovato. Controlla il nome host.</translation>
        </message>
        <message>
            <source>The certificate of the {what} server {host}:{port} could not be verified ({detail}). If this is your own server, set the account's CA file to its certificate.</source>
            <translation>Non è stato possibile verificare il certificato del server {what} {host}:{port} ({detail}). Se è un tuo server, imposta come file CA dell'account il suo certificato.</translation>
        </message>
        <message>
            <source>A secure (TLS) connection to the {what} server {host}:{port} failed ({detail}). Check the port and TLS mode.</source>
            <translation>La connessione sicura (TLS) al server {what} {host}:{port} non è riuscita ({detail}). Controlla la porta e la modalità TLS.</translation>
        </message>
        <message>
            <source>The {what} server {host}:{port} did not answer in time.</source>
            <translation>Il server {what} {host}:{port} non ha risposto in tempo.</translation>
        </message>
        <message>
            <source>The {what} server {host}:{port} refused the connection. Check the port, or try again later.</source>
            <translation>Il server {what} {host}:{port} ha rifiutato la connessione. Controlla la porta o riprova più tardi.</translation>
        </message>
        <message>
            <source>The connection to the {what} server {host}:{port} was lost.</source>
            <translation>La connessione al server {what} {host}:{port} si è interrotta.</translation>
        </message>
        <message>
            <source>Could not connect to the {what} server {host}:{port}: {detail}.</source>
            <translation>Impossibile connettersi al server {what} {host}:{port}: {detail}.</translation>
        </message>
        <message>
            <source>The {what} server {host}:{port} answered unexpectedly: {detail}</source>
            <translation>Il server {what} {host}:{port} ha risposto in modo inatteso: {detail}</translation>
        </message>
        <message>
            <source>The {what} server {host}:{port} is set up without TLS; Seller Inbox will not send the password unencrypted over the network (choose TLS or STARTTLS, or no authentication if the server needs none).</source>
            <translation>Il server {what} {host}:{port} è configurato senza TLS; Seller Inbox non invierà la password in chiaro sulla rete (scegli TLS o STARTTLS, oppure nessuna autenticazione se il server non la richiede).</translation>
        </message>
        <message>
            <source>The certificate file '{path}' could not be read ({detail}).</source>
            <translation>Impossibile leggere il file del certificato '{path}' ({detail}).</translation>
        </message>
        <message>
            <source>The IMAP server {host}:{port} skipped login (PREAUTH) before STARTTLS; the connection was refused for safety.</source>
            <translation>Il server IMAP {host}:{port} ha saltato l'accesso (PREAUTH) prima di STARTTLS; per sicurezza la connessione è stata rifiutata.</translation>
        </message>
        <message>
            <source>The IMAP server {host}:{port} does not offer STARTTLS; Seller Inbox will not send the password unencrypted. Check the port and TLS mode.</source>
            <translation>Il server IMAP {host}:{port} non offre STARTTLS; Seller Inbox non invierà la password in chiaro. Controlla la porta e la modalità TLS.</translation>
        </message>
        <message>
            <source>The IMAP server {host} could not check the login right now ({detail}). Try again later.</source>
            <translation>Il server IMAP {host} non può verificare l'accesso in questo momento ({detail}). Riprova più tardi.</translation>
        </message>
        <message>
            <source>The {what} server {host} refused the user name or password for '{user}'.</source>
            <translation>Il server {what} {host} ha rifiutato il nome utente o la password di '{user}'.</translation>
        </message>
        <message>
            <source>The connection to the IMAP server {host} was lost ({detail}). Sync will resume where it stopped.</source>
            <translation>La connessione al server IMAP {host} si è interrotta ({detail}). La sincronizzazione riprenderà da dove si è fermata.</translation>
        </message>
        <message>
            <source>The IMAP server {host} answered unexpectedly: {detail}</source>
            <translation>Il server IMAP {host} ha risposto in modo inatteso: {detail}</translation>
        </message>
        <message>
            <source>The folder '{folder}' does not exist on the IMAP server.</source>
            <translation>La cartella '{folder}' non esiste sul server IMAP.</translation>
        </message>
        <message>
            <source>The SMTP server {host}:{port} does not offer STARTTLS; Seller Inbox will not send the password unencrypted.</source>
            <translation>Il server SMTP {host}:{port} non offre STARTTLS; Seller Inbox non invierà la password in chiaro.</translation>
        </message>
        <message>
            <source>The SMTP server {host} answered: {answer}</source>
            <translation>Il server SMTP {host} ha risposto: {answer}</translation>
        </message>
        <message>
            <source>The SMTP server {host}:{port} does not offer login (AUTH) here. Check the port and TLS mode, or choose no authentication for this account.</source>
            <translation>Il server SMTP {host}:{port} qui non offre l'accesso (AUTH). Controlla la porta e la modalità TLS, oppure scegli nessuna autenticazione per questo account.</translation>
        </message>
        <message>
            <source>{what} connection and login work.</source>
            <translation>Connessione e accesso {what} funzionano.</translation>
        </message>
        <message>
            <source>The mail server asked to try later: {answer}</source>
            <translation>Il server di posta ha chiesto di riprovare più tardi: {answer}</translation>
        </message>
        <message>
            <source>The mail server refused the message: {answer}</source>
            <translation>Il server di posta ha rifiutato il messaggio: {answer}</translation>
        </message>
        <message>
            <source>The message could not be built: {detail}</source>
            <translation>Impossibile comporre il messaggio: {detail}</translation>
        </message>
        <message>
            <source>{reason} Nothing was sent.</source>
            <translation>{reason} Non è stato inviato nulla.</translation>
        </message>
        <message>
            <source>The connection was lost after the message was handed to the server: it may have been sent. It will not be resent automatically.</source>
            <translation>La connessione si è interrotta dopo che il messaggio era stato consegnato al server: potrebbe essere stato inviato. Non verrà reinviato automaticamente.</translation>
        </message>
        <message>
            <source>Gave up after {count} attempts: {reason}</source>
            <translation>Rinuncia dopo {count} tentativi: {reason}</translation>
        </message>
        <message>
            <source>An account needs a name.</source>
            <translation>Un account ha bisogno di un nome.</translation>
        </message>
        <message>
            <source>'{address}' is not an e-mail address.</source>
            <translation>'{address}' non è un indirizzo e-mail.</translation>
        </message>
        <message>
            <source>The {what} server name is missing.</source>
            <translation>Manca il nome del server {what}.</translation>
        </message>
        <message>
            <source>The {what} port {port} is not a valid port number.</source>
            <translation>La porta {what} {port} non è un numero di porta valido.</translation>
        </message>
        <message>
            <source>The {what} TLS mode must be one of {modes}.</source>
            <translation>La modalità TLS {what} deve essere una tra {modes}.</translation>
        </message>
        <message>
            <source>Unknown marketplace code(s): {codes}.</source>
            <translation>Codici marketplace sconosciuti: {codes}.</translation>
        </message>
        <message>
            <source>Choose at least one folder to watch.</source>
            <translation>Scegli almeno una cartella da controllare.</translation>
        </message>
        <message>
            <source>There is no account named '{name}'.</source>
            <translation>Non esiste un account di nome '{name}'.</translation>
        </message>
        <message>
            <source>An account named '{name}' already exists.</source>
            <translation>Esiste già un account di nome '{name}'.</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} non esiste.</translation>
        </message>
        <message>
            <source>{path} is not an mbox file, a Maildir or a folder of .eml files.</source>
            <translation>{path} non è un file mbox, una Maildir o una cartella di file .eml.</translation>
        </message>
        <message>
            <source>connecting to {host}</source>
            <translation>connessione a {host}</translation>
        </message>
        <message>
            <source>sending the outbox</source>
            <translation>invio della posta in uscita</translation>
        </message>
        <message>
            <source>{reason} Retrying in {seconds} s.</source>
            <translation>{reason} Nuovo tentativo tra {seconds} s.</translation>
        </message>
        <message>
            <source>{account}: fetched {fetched}, imported {imported}, already known {known}, not relay mail {ignored}</source>
            <translation>{account}: scaricati {fetched}, importati {imported}, già noti {known}, non di inoltro Amazon {ignored}</translation>
        </message>
        <message>
            <source>{account}: fetched {fetched}, imported {imported}, already known {known}, not relay mail {ignored}, confirmed sent {confirmed}</source>
            <translation>{account}: scaricati {fetched}, importati {imported}, già noti {known}, non di inoltro Amazon {ignored}, confermati inviati {confirmed}</translation>
        </message>
        <message>
            <source>{account}: sent {sent}, failed {failed}, uncertain {uncertain}, will retry {retrying}, held by policy {held}</source>
            <translation>{account}: inviati {sent}, non riusciti {failed}, incerti {uncertain}, da riprovare {retrying}, trattenuti dalle regole {held}</translation>
        </message>
        <message>
            <source>1 message may have been sent ({subjects}) and waits for you to decide: check the buyer's thread, then resend, mark as sent or discard it in the window.</source>
            <translation>1 messaggio potrebbe essere stato inviato ({subjects}) e attende la tua decisione: controlla la conversazione con l'acquirente, poi nella finestra invialo di nuovo, segnalo come inviato o scartalo.</translation>
        </message>
        <message>
            <source>{count} messages may have been sent ({subjects}) and wait for you to decide: check the buyer's thread, then resend, mark as sent or discard them in the window.</source>
            <translation>{count} messaggi potrebbero essere stati inviati ({subjects}) e attendono la tua decisione: controlla la conversazione con l'acquirente, poi nella finestra inviali di nuovo, segnali come inviati o scartali.</translation>
        </message>
    </context>
    <context>
        <name>MailMenu</name>
        <message>
            <source>Password needed</source>
            <translation>Password necessaria</translation>
        </message>
        <message>
            <source>&amp;Mail</source>
            <translation>&amp;Posta</translation>
        </message>
        <message>
            <source>&amp;Add account…</source>
            <translation>&amp;Aggiungi account…</translation>
        </message>
        <message>
            <source>&amp;Send and receive</source>
            <translation>&amp;Invia e ricevi</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>In&amp;terrompi</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>&amp;Rimuovi account…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Rimuovi account</translation>
        </message>
        <message>
            <source>Account to remove:</source>
            <translation>Account da rimuovere:</translation>
        </message>
        <message>
            <source>Mail account</source>
            <translation>Account di posta</translation>
        </message>
        <message>
            <source>Password for the mail account “%1” (kept only until you close Seller Inbox):</source>
            <translation>Password dell'account di posta “%1” (conservata solo fino alla chiusura di Seller Inbox):</translation>
        </message>
        <message>
            <source>No mail account</source>
            <translation>Nessun account di posta</translation>
        </message>
        <message>
            <source>There is no mail account to remove.</source>
            <translation>Non ci sono account di posta da rimuovere.</translation>
        </message>
        <message>
            <source>Remove “%1” and forget its password? Its threads and messages stay.</source>
            <translation>Rimuovere “%1” e dimenticarne la password? Le sue conversazioni e i suoi messaggi restano.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Modifica</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visualizza</translation>
        </message>
        <message>
            <source>&amp;Thread</source>
            <translation>&amp;Conversazione</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Impostazioni</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <source>&amp;Import orders…</source>
            <translation>&amp;Importa ordini…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
        <message>
            <source>&amp;Find threads</source>
            <translation>&amp;Trova conversazioni</translation>
        </message>
        <message>
            <source>Find &amp;orders</source>
            <translation>Trova &amp;ordini</translation>
        </message>
        <message>
            <source>&amp;Inbox</source>
            <translation>&amp;Posta in arrivo</translation>
        </message>
        <message>
            <source>&amp;Orders</source>
            <translation>&amp;Ordini</translation>
        </message>
        <message>
            <source>Go to thread &amp;list</source>
            <translation>Vai all'&amp;elenco conversazioni</translation>
        </message>
        <message>
            <source>Go to &amp;saved views</source>
            <translation>Vai alle &amp;viste salvate</translation>
        </message>
        <message>
            <source>Sort by &amp;urgency</source>
            <translation>Ordina per &amp;urgenza</translation>
        </message>
        <message>
            <source>Sort by last &amp;activity</source>
            <translation>Ordina per ultima &amp;attività</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Aggio&amp;rna</translation>
        </message>
        <message>
            <source>&amp;Next thread</source>
            <translation>Conversazione &amp;successiva</translation>
        </message>
        <message>
            <source>&amp;Previous thread</source>
            <translation>Conversazione &amp;precedente</translation>
        </message>
        <message>
            <source>&amp;Reply</source>
            <translation>&amp;Rispondi</translation>
        </message>
        <message>
            <source>No response &amp;needed</source>
            <translation>&amp;Nessuna risposta necessaria</translation>
        </message>
        <message>
            <source>Re&amp;open (restart the clock)</source>
            <translation>Ri&amp;apri (riavvia il timer)</translation>
        </message>
        <message>
            <source>Mark &amp;read</source>
            <translation>Segna come &amp;letto</translation>
        </message>
        <message>
            <source>Mark &amp;unread</source>
            <translation>Segna come n&amp;on letto</translation>
        </message>
        <message>
            <source>Order &amp;type…</source>
            <translation>&amp;Tipo di ordine…</translation>
        </message>
        <message>
            <source>Show the &amp;order in Orders</source>
            <translation>&amp;Mostra l'ordine in Ordini</translation>
        </message>
        <message>
            <source>&amp;Special products…</source>
            <translation>&amp;Prodotti speciali…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Scorciatoie da tastiera</translation>
        </message>
        <message>
            <source>&amp;About Seller Inbox</source>
            <translation>&amp;Informazioni su Seller Inbox</translation>
        </message>
        <message>
            <source>View %1</source>
            <translation>Vista %1</translation>
        </message>
        <message>
            <source>Seller Inbox</source>
            <translation>Seller Inbox</translation>
        </message>
        <message>
            <source>Marked as no response needed (Ctrl+Shift+E reopens)</source>
            <translation>Contrassegnata come Nessuna risposta necessaria (Ctrl+Shift+E per riaprire)</translation>
        </message>
        <message>
            <source>About Seller Inbox</source>
            <translation>Informazioni su Seller Inbox</translation>
        </message>
        <message>
            <source>Nothing here: no thread is in this view.</source>
            <translation>Niente da mostrare: nessuna conversazione in questa vista.</translation>
        </message>
        <message>
            <source>Seller Inbox %1: answer Amazon buyers fast, within Amazon's rules.</source>
            <translation>Seller Inbox %1: rispondi rapidamente agli acquirenti Amazon, nel rispetto delle regole di Amazon.</translation>
        </message>
        <message>
            <source>No threads match “%1”.</source>
            <translation>Nessuna conversazione corrisponde a “%1”.</translation>
        </message>
        <message>
            <source>%1 open · %2 due in &lt; 4 h · %3 overdue</source>
            <translation>%1 aperte · %2 in scadenza entro 4 h · %3 in ritardo</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Posta in arrivo</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Ordini</translation>
        </message>
        <message>
            <source>Search words, order id, buyer…  (Ctrl+F)</source>
            <translation>Cerca parole, ID ordine, acquirente…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Cerca</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translation>Viste salvate</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>Conversazioni</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Conversazione</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordine</translation>
        </message>
        <message>
            <source>Search threads</source>
            <translation>Cerca conversazioni</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Risposta</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Conteggio in corso…</translation>
        </message>
        <message>
            <source>%1 overdue — Seller Inbox</source>
            <translation>%1 in ritardo — Seller Inbox</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Annulla importazione</translation>
        </message>
        <message>
            <source>Import order reports</source>
            <translation>Importa report degli ordini</translation>
        </message>
        <message>
            <source>Order reports (*.txt *.tsv *.csv);;All files (*)</source>
            <translation>Report degli ordini (*.txt *.tsv *.csv);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>Order import finished.</source>
            <translation>Importazione degli ordini completata.</translation>
        </message>
        <message>
            <source>An import is already running.</source>
            <translation>È già in corso un'importazione.</translation>
        </message>
        <message>
            <source>Order type</source>
            <translation>Tipo di ordine</translation>
        </message>
        <message>
            <source>Importing %1 order report(s)…</source>
            <translation>Importazione dei report degli ordini (%1)…</translation>
        </message>
        <message>
            <source>Only the first %1 words are searched.</source>
            <translation>Vengono cercate solo le prime %1 parole.</translation>
        </message>
        <message>
            <source>“%1” is not a search: type a word, an order id or a buyer's name.</source>
            <translation>“%1” non è una ricerca: scrivi una parola, un ID ordine o il nome di un acquirente.</translation>
        </message>
        <message>
            <source>&amp;Contact buyer about this order…</source>
            <translation>&amp;Contatta l'acquirente per questo ordine…</translation>
        </message>
        <message>
            <source>Select an order first (Orders tab, or a thread about an order).</source>
            <translation>Seleziona prima un ordine (scheda Ordini o una conversazione su un ordine).</translation>
        </message>
        <message>
            <source>Response times</source>
            <translation>Tempi di risposta</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>P&amp;referenze…</translation>
        </message>
        <message>
            <source>Saving your draft and changes before the window closes…</source>
            <translation>Salvataggio della bozza e delle modifiche prima che la finestra si chiuda…</translation>
        </message>
    </context>
    <context>
        <name>MetricsDashboard</name>
        <message>
            <source>Could not read the figures: %1</source>
            <translation>Impossibile leggere i dati: %1</translation>
        </message>
        <message>
            <source>Buyer messages</source>
            <translation>Messaggi degli acquirenti</translation>
        </message>
        <message>
            <source>Within 24 h</source>
            <translation>Entro 24 h</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>In ritardo</translation>
        </message>
        <message>
            <source>Unanswered</source>
            <translation>Senza risposta</translation>
        </message>
        <message>
            <source>Pending (under 24 h)</source>
            <translation>In attesa (meno di 24 h)</translation>
        </message>
        <message>
            <source>No response needed</source>
            <translation>Nessuna risposta necessaria</translation>
        </message>
        <message>
            <source>late response rate</source>
            <translation>tasso di risposte in ritardo</translation>
        </message>
        <message>
            <source>Average response</source>
            <translation>Risposta media</translation>
        </message>
        <message>
            <source>Last %1 days</source>
            <translation>Ultimi %1 giorni</translation>
        </message>
        <message>
            <source>Late or unanswered</source>
            <translation>In ritardo o senza risposta</translation>
        </message>
        <message>
            <source>Average response (h)</source>
            <translation>Risposta media (h)</translation>
        </message>
        <message>
            <source>Day of the period</source>
            <translation>Giorno del periodo</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Ore</translation>
        </message>
        <message>
            <source>Daily response time and late messages, last %1 days</source>
            <translation>Tempo di risposta giornaliero e messaggi in ritardo, ultimi %1 giorni</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Con risposta</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Mediana</translation>
        </message>
        <message>
            <source>Assigned open</source>
            <translation>Aperte assegnate</translation>
        </message>
        <message>
            <source>Nobody (Seller Central)</source>
            <translation>Nessuno (Seller Central)</translation>
        </message>
        <message>
            <source>Marketplace</source>
            <translation>Marketplace</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Messaggi</translation>
        </message>
        <message>
            <source>Late rate</source>
            <translation>Tasso di ritardo</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Caricamento…</translation>
        </message>
        <message>
            <source>People (chart period)</source>
            <translation>Persone (periodo del grafico)</translation>
        </message>
        <message>
            <source>overdue by %1</source>
            <translation>scaduto da %1</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>mancano %1</translation>
        </message>
        <message>
            <source>Chart period:</source>
            <translation>Periodo del grafico:</translation>
        </message>
        <message>
            <source>Marketplaces (chart period)</source>
            <translation>Marketplace (periodo del grafico)</translation>
        </message>
        <message>
            <source>Closest to their deadline</source>
            <translation>Più vicini alla scadenza</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>Your target: %1 of buyer messages answered within 24 hours</source>
            <translation>Il tuo obiettivo: %1 dei messaggi degli acquirenti con risposta entro 24 ore</translation>
        </message>
        <message>
            <source>As of %1</source>
            <translation>Aggiornato alle %1</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 giorni</translation>
        </message>
    </context>
    <context>
        <name>OfflineReplay</name>
        <message>
            <source>A change made while offline (%1, “%2”) was not saved: %3</source>
            <translation>Una modifica fatta offline (%1, «%2») non è stata salvata: %3</translation>
        </message>
        <message>
            <source>marked as no response needed</source>
            <translation>segnata come Nessuna risposta necessaria</translation>
        </message>
        <message>
            <source>reopened</source>
            <translation>riaperta</translation>
        </message>
        <message>
            <source>assigned</source>
            <translation>assegnata</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>tolta l'assegnazione</translation>
        </message>
        <message>
            <source>the thread is gone, or that person left the team.</source>
            <translation>la conversazione non c'è più o quella persona ha lasciato il team.</translation>
        </message>
        <message>
            <source>marked read</source>
            <translation>segnata come letta</translation>
        </message>
        <message>
            <source>marked unread</source>
            <translation>segnata come non letta</translation>
        </message>
        <message>
            <source>A change made while offline (%1) was not saved: %2</source>
            <translation>Una modifica fatta offline (%1) non è stata salvata: %2</translation>
        </message>
    </context>
    <context>
        <name>OrderImport</name>
        <message>
            <source>(import)</source>
            <translation>(importazione)</translation>
        </message>
        <message>
            <source>Order import</source>
            <translation>Importazione ordini</translation>
        </message>
        <message>
            <source>Cancelled: nothing imported.</source>
            <translation>Annullato: non è stato importato nulla.</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… e altri %1</translation>
        </message>
        <message>
            <source>%1: not imported. %2</source>
            <translation>%1: non importato. %2</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>riga %1: %2</translation>
        </message>
        <message>
            <source>What the import did, file by file</source>
            <translation>Cosa ha fatto l'importazione, file per file</translation>
        </message>
        <message>
            <source>%1: %2 new, %3 updated, %4 skipped (%5 rows read; %6 threads linked)</source>
            <translation>%1: nuovi %2, aggiornati %3, saltati %4 (righe lette: %5; conversazioni collegate: %6)</translation>
        </message>
    </context>
    <context>
        <name>OrderPanel</name>
        <message>
            <source>unknown</source>
            <translation>sconosciuta</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordine</translation>
        </message>
        <message>
            <source>No order linked to this thread yet.</source>
            <translation>Nessun ordine ancora collegato a questa conversazione.</translation>
        </message>
        <message>
            <source>Mark this one order as handmade, custom or wine, or let its SKUs decide</source>
            <translation>Contrassegna solo questo ordine come artigianale, personalizzato o vino, oppure lascia decidere ai suoi SKU</translation>
        </message>
        <message>
            <source>Order id</source>
            <translation>ID ordine</translation>
        </message>
        <message>
            <source>Purchased</source>
            <translation>Data di acquisto</translation>
        </message>
        <message>
            <source>Marketplace</source>
            <translation>Marketplace</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Articoli</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Consegna</translation>
        </message>
        <message>
            <source>Order type</source>
            <translation>Tipo di ordine</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Acquirente</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Messaggi</translation>
        </message>
        <message>
            <source>Auto (SKU rules)</source>
            <translation>Auto (regole SKU)</translation>
        </message>
        <message>
            <source>Opted out: send only messages required to complete the order</source>
            <translation>Messaggi disattivati: invia solo quelli necessari per completare l'ordine</translation>
        </message>
        <message>
            <source>Accepts messages</source>
            <translation>Accetta messaggi</translation>
        </message>
        <message>
            <source>(no items)</source>
            <translation>(nessun articolo)</translation>
        </message>
        <message>
            <source>Contact buyer…</source>
            <translation>Contatta l'acquirente…</translation>
        </message>
        <message>
            <source>Write to the buyer about this order (Ctrl+Shift+N)</source>
            <translation>Scrivi all'acquirente di questo ordine (Ctrl+Maiusc+N)</translation>
        </message>
        <message>
            <source>marked by hand</source>
            <translation>impostato a mano</translation>
        </message>
        <message>
            <source>Delivered %1</source>
            <translation>Consegnato il %1</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>entro il %1</translation>
        </message>
        <message>
            <source>from SKU rules: %1</source>
            <translation>dalle regole SKU: %1</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
    </context>
    <context>
        <name>OrderReportErrors</name>
        <message>
            <source>cannot open {path}: {detail}</source>
            <translation>impossibile aprire {path}: {detail}</translation>
        </message>
        <message>
            <source>cannot read {path}: {detail}</source>
            <translation>impossibile leggere {path}: {detail}</translation>
        </message>
        <message>
            <source>{name} is empty</source>
            <translation>{name} è vuoto</translation>
        </message>
        <message>
            <source>{name} is not a text report (it holds binary data)</source>
            <translation>{name} non è un report di testo (contiene dati binari)</translation>
        </message>
        <message>
            <source>{path} is a folder, not a report file</source>
            <translation>{path} è una cartella, non un file di report</translation>
        </message>
        <message>
            <source>{name}: {detail}</source>
            <translation>{name}: {detail}</translation>
        </message>
        <message>
            <source>{name}, line {line}: {detail}</source>
            <translation>{name}, riga {line}: {detail}</translation>
        </message>
        <message>
            <source>{cells} cells where the header has {width}</source>
            <translation>{cells} celle dove l'intestazione ne ha {width}</translation>
        </message>
        <message>
            <source>the first line (the header) is empty</source>
            <translation>la prima riga (l'intestazione) è vuota</translation>
        </message>
        <message>
            <source>not a known Seller Central order report: as an {title} it lacks the column(s) {columns}</source>
            <translation>non è un report degli ordini di Seller Central noto: come {title} mancano le colonne {columns}</translation>
        </message>
        <message>
            <source>not a known Seller Central order report: as an {title} it lacks the column(s) {columns} (the file looks comma-separated; order reports are tab-separated)</source>
            <translation>non è un report degli ordini di Seller Central noto: come {title} mancano le colonne {columns} (il file sembra separato da virgole; i report degli ordini sono separati da tabulazioni)</translation>
        </message>
        <message>
            <source>duplicate row for order {order} item {item} (first on line {first})</source>
            <translation>riga doppia per l'ordine {order}, articolo {item} (la prima alla riga {first})</translation>
        </message>
        <message>
            <source>bad order id {value} (expected ddd-ddddddd-ddddddd)</source>
            <translation>numero d'ordine non valido {value} (atteso ddd-ddddddd-ddddddd)</translation>
        </message>
        <message>
            <source>bad date in {column}: {value}</source>
            <translation>data non valida in {column}: {value}</translation>
        </message>
        <message>
            <source>bad number in {column}: {value}</source>
            <translation>numero non valido in {column}: {value}</translation>
        </message>
        <message>
            <source>negative quantity in {column}: {value}</source>
            <translation>quantità negativa in {column}: {value}</translation>
        </message>
        <message>
            <source>bad true/false in {column}: {value}</source>
            <translation>valore vero/falso non valido in {column}: {value}</translation>
        </message>
        <message>
            <source>a SKU rule needs a SKU or a pattern</source>
            <translation>una regola SKU richiede uno SKU o uno schema</translation>
        </message>
        <message>
            <source>a SKU pattern is at most {count} characters</source>
            <translation>uno schema SKU ha al massimo {count} caratteri</translation>
        </message>
        <message>
            <source>unknown order type {value}: use one of {types}</source>
            <translation>tipo di ordine sconosciuto {value}: usa uno tra {types}</translation>
        </message>
        <message>
            <source>order report</source>
            <translation>report degli ordini</translation>
        </message>
        <message>
            <source>unshipped orders report</source>
            <translation>report degli ordini non spediti</translation>
        </message>
        <message>
            <source>All Orders report</source>
            <translation>report Tutti gli ordini</translation>
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <source>shipped by Amazon</source>
            <translation>spedito da Amazon</translation>
        </message>
        <message>
            <source>shipped by you</source>
            <translation>spedito da te</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>In attesa</translation>
        </message>
        <message>
            <source>Pending availability</source>
            <translation>In attesa di disponibilità</translation>
        </message>
        <message>
            <source>Unshipped</source>
            <translation>Non spedito</translation>
        </message>
        <message>
            <source>Partially shipped</source>
            <translation>Spedito in parte</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Spedito</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>In spedizione</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Consegnato</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>Unfulfillable</source>
            <translation>Non evadibile</translation>
        </message>
        <message>
            <source>Invoice unconfirmed</source>
            <translation>Fattura non confermata</translation>
        </message>
    </context>
    <context>
        <name>OrderTable</name>
        <message>
            <source>standard</source>
            <translation>standard</translation>
        </message>
        <message>
            <source>handmade</source>
            <translation>artigianale</translation>
        </message>
        <message>
            <source>custom</source>
            <translation>personalizzato</translation>
        </message>
        <message>
            <source>wine</source>
            <translation>vino</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordine</translation>
        </message>
        <message>
            <source>Purchased</source>
            <translation>Data di acquisto</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Marketplace</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Articoli</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totale</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>Conversazioni</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
    </context>
    <context>
        <name>OrdersTab</name>
        <message>
            <source>Order id, SKU, product or buyer…</source>
            <translation>ID ordine, SKU, prodotto o acquirente…</translation>
        </message>
        <message>
            <source>Import orders…</source>
            <translation>Importa ordini…</translation>
        </message>
        <message>
            <source>or drop Seller Central order reports on the table</source>
            <translation>oppure trascina sulla tabella i report degli ordini di Seller Central</translation>
        </message>
        <message>
            <source>Threads about the selected order</source>
            <translation>Conversazioni sull'ordine selezionato</translation>
        </message>
        <message>
            <source>No order matches “%1”.</source>
            <translation>Nessun ordine corrisponde a “%1”.</translation>
        </message>
        <message>
            <source>No orders yet: import a Seller Central order report (Ctrl+I) or drop it on this table.</source>
            <translation>Ancora nessun ordine: importa un report degli ordini di Seller Central (Ctrl+I) o trascinalo su questa tabella.</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>Waiting to be sent (with the next send).</source>
            <translation>In attesa di invio (con il prossimo invio).</translation>
        </message>
        <message>
            <source>Sending now…</source>
            <translation>Invio in corso…</translation>
        </message>
        <message>
            <source>May have been sent: the connection dropped while sending. Check Sent before sending it again.</source>
            <translation>Forse già inviato: la connessione è caduta durante l'invio. Controlla Inviati prima di inviarlo di nuovo.</translation>
        </message>
        <message>
            <source>Not sent, and no reason was recorded: open it to edit it or send it again.</source>
            <translation>Non inviato, e il motivo non è stato registrato: aprilo per modificarlo o inviarlo di nuovo.</translation>
        </message>
        <message>
            <source>Waiting to try again: %1</source>
            <translation>In attesa di un nuovo tentativo: %1</translation>
        </message>
        <message>
            <source>Not sent: %1</source>
            <translation>Non inviato: %1</translation>
        </message>
    </context>
    <context>
        <name>OutboxLine</name>
        <message>
            <source>Undo</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Take the message back into the draft (Ctrl+Z)</source>
            <translation>Riporta il messaggio nella bozza (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Invia di nuovo</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifica</translation>
        </message>
        <message>
            <source>Take the message back into the draft to fix it</source>
            <translation>Riporta il messaggio nella bozza per correggerlo</translation>
        </message>
        <message numerus="yes">
            <source>Queued: leaves in %n s</source>
            <translation>
                <numerusform>In coda: parte tra %n s</numerusform>
                <numerusform>In coda: parte tra %n s</numerusform>
            </translation>
        </message>
        <message>
            <source>Waiting to try again: %1</source>
            <translation>In attesa di un nuovo tentativo: %1</translation>
        </message>
        <message>
            <source>Queued: waiting to be sent</source>
            <translation>In coda: in attesa di invio</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Invio in corso…</translation>
        </message>
        <message>
            <source>Sent ✓</source>
            <translation>Inviato ✓</translation>
        </message>
        <message>
            <source>Failed: {error}</source>
            <translation>Non riuscito: {error}</translation>
        </message>
        <message>
            <source>Not sent, and no reason was recorded: edit it or send it again.</source>
            <translation>Non inviato, e il motivo non è stato registrato: modificalo o invialo di nuovo.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Preferences</source>
            <translation>Preferenze</translation>
        </message>
        <message>
            <source>Response times</source>
            <translation>Tempi di risposta</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Deadline alerts</source>
            <translation>Avvisi di scadenza</translation>
        </message>
        <message>
            <source>&amp;Quiet hours (no notifications) from</source>
            <translation>Ore di &amp;silenzio (nessuna notifica) dalle</translation>
        </message>
        <message>
            <source>Quiet hours start</source>
            <translation>Inizio delle ore di silenzio</translation>
        </message>
        <message>
            <source>Quiet hours end</source>
            <translation>Fine delle ore di silenzio</translation>
        </message>
        <message>
            <source>Show the &amp;buyer's text in notifications</source>
            <translation>Mostra il testo dell'&amp;acquirente nelle notifiche</translation>
        </message>
        <message>
            <source>Off: a notification names the subject only. Notifications can appear on a locked screen, and buyers' messages often hold addresses and order details.</source>
            <translation>Disattivato: la notifica mostra solo l'oggetto. Le notifiche possono comparire sullo schermo bloccato e i messaggi degli acquirenti contengono spesso indirizzi e dettagli degli ordini.</translation>
        </message>
        <message>
            <source> min before the deadline</source>
            <translation> min prima della scadenza</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Disattivato</translation>
        </message>
        <message>
            <source>Preferences pages</source>
            <translation>Pagine delle preferenze</translation>
        </message>
        <message>
            <source>Pages of the preferences: Ctrl+Tab shows the next one</source>
            <translation>Pagine delle preferenze: Ctrl+Tab mostra la successiva</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Risposte</translation>
        </message>
        <message>
            <source>Response times and alerts</source>
            <translation>Tempi di risposta e avvisi</translation>
        </message>
        <message>
            <source>Saved replies use these for {seller_name} and {signature}. Without a name, the account's name is used.</source>
            <translation>Le risposte salvate li usano per {seller_name} e {signature}. Senza un nome si usa il nome dell'account.</translation>
        </message>
        <message>
            <source>e.g. Lena from Ceramica Rossi</source>
            <translation>ad es. Lena di Ceramica Rossi</translation>
        </message>
        <message>
            <source>e.g. Kind regards,
Lena — Ceramica Rossi</source>
            <translation>ad es. Cordiali saluti,
Lena — Ceramica Rossi</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Il tuo &amp;nome:</translation>
        </message>
        <message>
            <source>&amp;Signature:</source>
            <translation>&amp;Firma:</translation>
        </message>
        <message>
            <source>&amp;Target, answered within 24 h:</source>
            <translation>&amp;Obiettivo, risposte entro 24 h:</translation>
        </message>
        <message>
            <source>&amp;First alert:</source>
            <translation>&amp;Primo avviso:</translation>
        </message>
        <message>
            <source>&amp;Second alert:</source>
            <translation>&amp;Secondo avviso:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>alle</translation>
        </message>
    </context>
    <context>
        <name>ReviewRequestsDialog</name>
        <message>
            <source>Review requests</source>
            <translation>Richieste di recensione</translation>
        </message>
        <message>
            <source>Looking for orders 5-30 days after delivery…</source>
            <translation>Cerco ordini consegnati da 5-30 giorni…</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordine</translation>
        </message>
        <message>
            <source>Review requested</source>
            <translation>Recensione richiesta</translation>
        </message>
        <message>
            <source>Amazon's answer</source>
            <translation>Risposta di Amazon</translation>
        </message>
        <message>
            <source>Request &amp;all</source>
            <translation>Richiedi &amp;tutte</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>In&amp;terrompi</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>non ancora</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Reviews requested: %1. Amazon refused %2; the reason is beside each order.</source>
            <translation>Recensioni richieste: %1. Amazon ne ha rifiutate %2; il motivo è accanto a ogni ordine.</translation>
        </message>
        <message>
            <source>Reviews requested: %1.</source>
            <translation>Recensioni richieste: %1.</translation>
        </message>
        <message>
            <source>%1 orders may be asked for a review now; %2 were asked already.</source>
            <translation>%1 ordini possono ricevere ora una richiesta di recensione; %2 l'hanno già ricevuta.</translation>
        </message>
        <message>
            <source>Requesting reviews: %1 of %2…</source>
            <translation>Richiesta recensioni: %1 di %2…</translation>
        </message>
    </context>
    <context>
        <name>SafeHtml</name>
        <message>
            <source>Open link?</source>
            <translation>Aprire il link?</translation>
        </message>
        <message>
            <source>This link goes to:

%1

Open it in your browser or mail program?</source>
            <translation>Questo link porta a:

%1

Aprirlo nel browser o nel programma di posta?</translation>
        </message>
    </context>
    <context>
        <name>ServiceErrors</name>
        <message>
            <source>Give the name of the person at this seat (for example Anna).</source>
            <translation>Indica il nome della persona a questa postazione (per esempio Anna).</translation>
        </message>
        <message>
            <source>A name is at most {count} characters.</source>
            <translation>Un nome ha al massimo {count} caratteri.</translation>
        </message>
        <message>
            <source>A team inbox is a PostgreSQL database (postgresql+psycopg://user@host/db); a local file has one seat only.</source>
            <translation>Una casella di team è un database PostgreSQL (postgresql+psycopg://utente@host/db); un file locale ha una sola postazione.</translation>
        </message>
        <message>
            <source>Give the {what} of the team inbox.</source>
            <translation>Indica {what} della casella di team.</translation>
        </message>
        <message>
            <source>The {label} {url} is not an http(s) URL.</source>
            <translation>{label} {url} non è un URL http(s).</translation>
        </message>
        <message>
            <source>A connection needs a name of at most 80 characters.</source>
            <translation>Una connessione ha bisogno di un nome di al massimo 80 caratteri.</translation>
        </message>
        <message>
            <source>The region must be one of {regions}.</source>
            <translation>La regione deve essere una di {regions}.</translation>
        </message>
        <message>
            <source>The LWA client id is missing.</source>
            <translation>Manca il client id LWA.</translation>
        </message>
        <message>
            <source>Name at least one marketplace, e.g. --marketplaces US,DE.</source>
            <translation>Indica almeno un marketplace, per esempio --marketplaces US,DE.</translation>
        </message>
        <message>
            <source>Unknown marketplace code(s): {codes}.</source>
            <translation>Codici marketplace sconosciuti: {codes}.</translation>
        </message>
        <message>
            <source>{codes} is not served by the {region} region; make one connection per region.</source>
            <translation>{codes} non è servito dalla regione {region}; crea una connessione per regione.</translation>
        </message>
        <message>
            <source>Both the client secret and the refresh token are needed.</source>
            <translation>Servono sia il client secret sia il refresh token.</translation>
        </message>
        <message>
            <source>No Amazon connection named {name}.</source>
            <translation>Nessuna connessione Amazon di nome {name}.</translation>
        </message>
        <message>
            <source>The keyring has no secrets for the Amazon connection '{name}'; run 'inbox-app amazon connect {name}' again.</source>
            <translation>Il portachiavi non ha segreti per la connessione Amazon '{name}'; esegui di nuovo 'inbox-app amazon connect {name}'.</translation>
        </message>
        <message>
            <source>Order {order} is not in the inbox yet; sync orders first.</source>
            <translation>L'ordine {order} non è ancora nella posta; sincronizza prima gli ordini.</translation>
        </message>
        <message>
            <source>Order {order} is not from a marketplace of the Amazon connection '{name}'.</source>
            <translation>L'ordine {order} non viene da un marketplace della connessione Amazon '{name}'.</translation>
        </message>
        <message>
            <source>Amazon does not accept '{action}' for {order} now (it accepts: {names}).</source>
            <translation>Amazon ora non accetta '{action}' per {order} (accetta: {names}).</translation>
        </message>
        <message>
            <source>{count} seats are called {name}: give the seat id (inbox-app team seats lists them).</source>
            <translation>{count} postazioni si chiamano {name}: indica l'id della postazione (inbox-app team seats le elenca).</translation>
        </message>
        <message>
            <source>This inbox has no team: assignment needs a team inbox (team join).</source>
            <translation>Questa posta non ha un team: l'assegnazione richiede una casella di team (team join).</translation>
        </message>
        <message>
            <source>Nobody called {name} is on the team (the team: {names}).</source>
            <translation>Nel team non c'è nessuno di nome {name} (il team: {names}).</translation>
        </message>
        <message>
            <source>There is no thread {thread}.</source>
            <translation>La conversazione {thread} non esiste.</translation>
        </message>
        <message>
            <source>That person is not on the team (any more).</source>
            <translation>Quella persona non fa (più) parte del team.</translation>
        </message>
        <message>
            <source>Order {order} no longer exists.</source>
            <translation>L'ordine {order} non esiste più.</translation>
        </message>
        <message>
            <source>Order {order} has no buyer address yet: import the order's messages or wait for the buyer's first message.</source>
            <translation>L'ordine {order} non ha ancora un indirizzo dell'acquirente: importa i messaggi dell'ordine o attendi il primo messaggio dell'acquirente.</translation>
        </message>
        <message>
            <source>The file {name} was not stored; attach it again.</source>
            <translation>Il file {name} non è stato salvato; allegalo di nuovo.</translation>
        </message>
        <message>
            <source>Thread {thread} no longer exists.</source>
            <translation>La conversazione {thread} non esiste più.</translation>
        </message>
        <message>
            <source>There is no draft to send on this conversation.</source>
            <translation>In questa conversazione non c'è una bozza da inviare.</translation>
        </message>
        <message>
            <source>The message is empty.</source>
            <translation>Il messaggio è vuoto.</translation>
        </message>
        <message>
            <source>The draft changed while it was being checked; send again.</source>
            <translation>La bozza è cambiata durante il controllo; invia di nuovo.</translation>
        </message>
        <message>
            <source>Login with Amazon accepted the credentials of '{name}'.</source>
            <translation>Login with Amazon ha accettato le credenziali di '{name}'.</translation>
        </message>
        <message>
            <source>{name}: Login with Amazon accepted the credentials.</source>
            <translation>{name}: Login with Amazon ha accettato le credenziali.</translation>
        </message>
        <message>
            <source>Region {region}, marketplaces {marketplaces}.</source>
            <translation>Regione {region}, marketplace {marketplaces}.</translation>
        </message>
        <message>
            <source>server</source>
            <translation>il server</translation>
        </message>
        <message>
            <source>database</source>
            <translation>il database</translation>
        </message>
        <message>
            <source>user name</source>
            <translation>il nome utente</translation>
        </message>
        <message>
            <source>endpoint</source>
            <translation>L'endpoint</translation>
        </message>
        <message>
            <source>token URL</source>
            <translation>L'URL del token</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Scorciatoie da tastiera</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasti</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>Finestra</translation>
        </message>
    </context>
    <context>
        <name>SpecialProducts</name>
        <message>
            <source>Special products</source>
            <translation>Prodotti speciali</translation>
        </message>
        <message>
            <source>Orders with these SKUs count as handmade, custom or wine (Amazon's rules differ for them). Use * and ? as wildcards, e.g. HM-*.</source>
            <translation>Gli ordini con questi SKU contano come artigianali, personalizzati o vino (per questi le regole di Amazon sono diverse). Usa * e ? come caratteri jolly, ad es. HM-*.</translation>
        </message>
        <message>
            <source>SKU or pattern</source>
            <translation>SKU o modello</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Aggiungi</translation>
        </message>
        <message>
            <source>&amp;Remove selected</source>
            <translation>&amp;Rimuovi selezionati</translation>
        </message>
        <message>
            <source>Updating the orders…</source>
            <translation>Aggiornamento degli ordini…</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
    </context>
    <context>
        <name>StoreErrors</name>
        <message>
            <source>The disk is full, so Seller Inbox could not save to {where}; free some space (nothing already saved is lost).</source>
            <translation>Il disco è pieno, quindi Seller Inbox non ha potuto salvare ({where}); libera un po' di spazio (nulla di quanto già salvato è perso).</translation>
        </message>
        <message>
            <source>The disk holding {where} failed to write (full or failing), so Seller Inbox could not save; nothing already saved is lost.</source>
            <translation>Il disco che contiene {where} non è riuscito a scrivere (pieno o guasto), quindi Seller Inbox non ha potuto salvare; nulla di quanto già salvato è perso.</translation>
        </message>
        <message>
            <source>Seller Inbox cannot save to {where} because {why}; nothing was changed.</source>
            <translation>Seller Inbox non può salvare ({where}) perché {why}; non è stato modificato nulla.</translation>
        </message>
        <message>
            <source>Seller Inbox cannot open {where} because {why}; nothing was changed.</source>
            <translation>Seller Inbox non può aprire {where} perché {why}; non è stato modificato nulla.</translation>
        </message>
        <message>
            <source>Seller Inbox cannot create {where} because {why}; nothing was changed.</source>
            <translation>Seller Inbox non può creare {where} perché {why}; non è stato modificato nulla.</translation>
        </message>
        <message>
            <source>{where} is in use by another program or window that holds it locked; close it or try again in a moment.</source>
            <translation>{where} è in uso da un altro programma o da un'altra finestra che lo tiene bloccato; chiudilo o riprova tra un momento.</translation>
        </message>
        <message>
            <source>The database is in use by another program or window that holds it locked; close it or try again in a moment.</source>
            <translation>Il database è in uso da un altro programma o da un'altra finestra che lo tiene bloccato; chiudilo o riprova tra un momento.</translation>
        </message>
        <message>
            <source>The database file is damaged or is not a Seller Inbox database.</source>
            <translation>Il file del database è danneggiato o non è un database di Seller Inbox.</translation>
        </message>
        <message>
            <source>{path} is not a Seller Inbox database (it is not an SQLite file); it was left untouched.</source>
            <translation>{path} non è un database di Seller Inbox (non è un file SQLite); non è stato toccato.</translation>
        </message>
        <message>
            <source>{path} is damaged ({detail}). It was left untouched; restore a backup (inbox-app keeps *.bak-* copies beside it).</source>
            <translation>{path} è danneggiato ({detail}). Non è stato toccato; ripristina un backup (inbox-app tiene copie *.bak-* accanto al file).</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be opened ({detail}). It was left untouched; restore a backup (Seller Inbox keeps one beside the file before each upgrade).</source>
            <translation>{path} è danneggiato e non si può aprire ({detail}). Non è stato toccato; ripristina un backup (Seller Inbox ne tiene uno accanto al file prima di ogni aggiornamento).</translation>
        </message>
        <message>
            <source>{path} is another program's database (it lacks Seller Inbox's tables); it was left untouched.</source>
            <translation>{path} è il database di un altro programma (mancano le tabelle di Seller Inbox); non è stato toccato.</translation>
        </message>
        <message>
            <source>{path} has a damaged schema version record ({count} entries where Seller Inbox keeps one); it was left untouched, so restore a backup.</source>
            <translation>{path} ha un record della versione dello schema danneggiato ({count} voci dove Seller Inbox ne tiene una); non è stato toccato: ripristina un backup.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} è una cartella, non un file di database.</translation>
        </message>
        <message>
            <source>Seller Inbox cannot create {path} because its folder cannot be made ({detail}); nothing was changed.</source>
            <translation>Seller Inbox non può creare {path} perché non si può creare la sua cartella ({detail}); non è stato modificato nulla.</translation>
        </message>
        <message>
            <source>This database was made by a newer version of Seller Inbox (schema {schema}). Update the app to open it; the file was not changed.</source>
            <translation>Questo database è stato creato da una versione più recente di Seller Inbox (schema {schema}). Aggiorna l'app per aprirlo; il file non è stato modificato.</translation>
        </message>
        <message>
            <source>The team database is at schema {schema}, newer than this seat's Seller Inbox knows: update Seller Inbox on this seat to join (nothing was changed).</source>
            <translation>Il database del team è allo schema {schema}, più recente di quello che conosce il Seller Inbox di questa postazione: aggiorna Seller Inbox su questa postazione per unirti (non è stato modificato nulla).</translation>
        </message>
        <message>
            <source>The team database at {at} refused the login: check the user name and password (join again with `inbox-app team join --password-stdin`).</source>
            <translation>Il database del team su {at} ha rifiutato l'accesso: controlla nome utente e password (unisciti di nuovo con `inbox-app team join --password-stdin`).</translation>
        </message>
        <message>
            <source>The team server at {at} has no such database; ask whoever runs the server to create it (see the README, 'A team on one inbox').</source>
            <translation>Il server del team su {at} non ha questo database; chiedi a chi gestisce il server di crearlo (vedi il README, 'A team on one inbox').</translation>
        </message>
        <message>
            <source>The team server at {at} does not let this computer in: ask whoever runs it to allow this computer's address (pg_hba.conf, or the provider's list of allowed addresses).</source>
            <translation>Il server del team su {at} non fa entrare questo computer: chiedi a chi lo gestisce di consentire l'indirizzo di questo computer (pg_hba.conf, o l'elenco degli indirizzi consentiti del provider).</translation>
        </message>
        <message>
            <source>Seller Inbox could not open a secure connection to the team database at {at}: check sslmode (and sslrootcert, the provider's certificate) in the URL; nothing was changed.</source>
            <translation>Seller Inbox non ha potuto aprire una connessione sicura al database del team su {at}: controlla sslmode (e sslrootcert, il certificato del provider) nell'URL; non è stato modificato nulla.</translation>
        </message>
        <message>
            <source>Seller Inbox cannot reach the team database at {at}; check the network and that the server runs, then try again (nothing saved here is lost).</source>
            <translation>Seller Inbox non raggiunge il database del team su {at}; controlla la rete e che il server sia in funzione, poi riprova (nulla di quanto salvato qui è perso).</translation>
        </message>
        <message>
            <source>This Seller Inbox has no PostgreSQL driver, which a team inbox needs: install it with pip install 'inbox-app[postgres]' (the standalone bundle has it).</source>
            <translation>Questo Seller Inbox non ha il driver PostgreSQL che serve a una casella di team: installalo con pip install 'inbox-app[postgres]' (il pacchetto autonomo lo include).</translation>
        </message>
        <message>
            <source>The store is busy (another program is writing), so this sync stopped; it continues where it left off next time.</source>
            <translation>L'archivio è occupato (un altro programma sta scrivendo), quindi questa sincronizzazione si è fermata; la prossima volta riprende da dove si era interrotta.</translation>
        </message>
        <message>
            <source>Seller Inbox could not write to its store, so this sync stopped; nothing was lost.</source>
            <translation>Seller Inbox non ha potuto scrivere nel suo archivio, quindi questa sincronizzazione si è fermata; non è andato perso nulla.</translation>
        </message>
        <message>
            <source>Choose another file with --db.</source>
            <translation>Scegli un altro file con --db.</translation>
        </message>
        <message>
            <source>the database</source>
            <translation>il database</translation>
        </message>
        <message>
            <source>its disk is mounted read-only</source>
            <translation>il suo disco è montato in sola lettura</translation>
        </message>
        <message>
            <source>the file is read-only</source>
            <translation>il file è di sola lettura</translation>
        </message>
        <message>
            <source>its disk is full</source>
            <translation>il suo disco è pieno</translation>
        </message>
        <message>
            <source>its folder {folder} is read-only</source>
            <translation>la sua cartella {folder} è di sola lettura</translation>
        </message>
        <message>
            <source>the file or its folder is read-only</source>
            <translation>il file o la sua cartella è di sola lettura</translation>
        </message>
    </context>
    <context>
        <name>StoreRefused</name>
        <message>
            <source>Choose another file.</source>
            <translation>Scegli un altro file.</translation>
        </message>
        <message>
            <source>Seller Inbox cannot open its database</source>
            <translation>Seller Inbox non riesce ad aprire il database</translation>
        </message>
        <message>
            <source>Choose &amp;another file…</source>
            <translation>Scegli un &amp;altro file…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
        <message>
            <source>Open a Seller Inbox database</source>
            <translation>Apri un database di Seller Inbox</translation>
        </message>
        <message>
            <source>Choose another file, or open the default store.</source>
            <translation>Scegli un altro file, oppure apri l'archivio predefinito.</translation>
        </message>
        <message>
            <source>Open the &amp;default store</source>
            <translation>Apri l'archivio &amp;predefinito</translation>
        </message>
        <message>
            <source>Seller Inbox databases (*.sqlite3 *.db)</source>
            <translation>Database di Seller Inbox (*.sqlite3 *.db)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tutti i file (*)</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>Cancelling…</source>
            <translation>Annullamento…</translation>
        </message>
        <message>
            <source>Checking mail…</source>
            <translation>Controllo della posta…</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) may have been sent: open the conversation to resend, mark as sent or discard.</source>
            <translation>
                <numerusform>%n messaggio potrebbe essere stato inviato: apri la conversazione per reinviarlo, segnarlo come inviato o scartarlo.</numerusform>
                <numerusform>%n messaggi potrebbero essere stati inviati: apri la conversazione per reinviarli, segnarli come inviati o scartarli.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mail check cancelled.</source>
            <translation>Controllo della posta annullato.</translation>
        </message>
        <message numerus="yes">
            <source>Mail checked: %n new message(s).</source>
            <translation>
                <numerusform>Posta controllata: %n nuovo messaggio.</numerusform>
                <numerusform>Posta controllata: %n nuovi messaggi.</numerusform>
            </translation>
        </message>
        <message>
            <source>No mail account yet: Mail ▸ Add account…</source>
            <translation>Ancora nessun account di posta: Posta ▸ Aggiungi account…</translation>
        </message>
        <message>
            <source>Mail check failed: %1</source>
            <translation>Controllo della posta non riuscito: %1</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Stop checking mail</source>
            <translation>Interrompi il controllo della posta</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <source>Connect to a &amp;team inbox…</source>
            <translation>Connetti a una casella di &amp;team…</translation>
        </message>
        <message>
            <source>Connect to a team inbox</source>
            <translation>Connetti a una casella di team</translation>
        </message>
        <message>
            <source>Team inbox: %1</source>
            <translation>Casella di team: %1</translation>
        </message>
        <message>
            <source>You joined the team inbox at %1 as %2. Seller Inbox opens it from its next start.</source>
            <translation>Sei entrato nella casella di team su %1 come %2. Seller Inbox la apre dal prossimo avvio.</translation>
        </message>
        <message>
            <source>Offline: the team server cannot be reached. Your drafts are kept on this computer and the team's changes appear when it is back.</source>
            <translation>Offline: il server del team non è raggiungibile. Le tue bozze restano su questo computer e le modifiche del team compaiono quando torna disponibile.</translation>
        </message>
        <message>
            <source>Back online: the team inbox is up to date.</source>
            <translation>Di nuovo online: la casella del team è aggiornata.</translation>
        </message>
        <message>
            <source>Offline: %1</source>
            <translation>Offline: %1</translation>
        </message>
        <message>
            <source>%1 is already replying to this thread: check before you answer it too.</source>
            <translation>%1 sta già rispondendo a questa conversazione: verifica prima di rispondere anche tu.</translation>
        </message>
        <message>
            <source>Someone else on the team</source>
            <translation>Un'altra persona del team</translation>
        </message>
        <message>
            <source>Already answered</source>
            <translation>Già risposto</translation>
        </message>
        <message>
            <source>%1 +%2</source>
            <translation>%1 +%2</translation>
        </message>
        <message>
            <source>%1 answered this thread after you started your reply. Send yours too?</source>
            <translation>%1 ha risposto a questa conversazione dopo che hai iniziato la tua risposta. Inviare anche la tua?</translation>
        </message>
        <message>
            <source>%1 is replying</source>
            <translation>%1 sta rispondendo</translation>
        </message>
        <message>
            <source>%1 has this thread open</source>
            <translation>%1 ha aperto questa conversazione</translation>
        </message>
    </context>
    <context>
        <name>TeamConnectDialog</name>
        <message>
            <source>Connect to a team inbox</source>
            <translation>Connetti a una casella di team</translation>
        </message>
        <message>
            <source>A team shares one inbox on a PostgreSQL server. Each person works at a seat of their own; the password stays in this computer's keyring.</source>
            <translation>Un team condivide una casella su un server PostgreSQL. Ogni persona lavora dalla propria postazione; la password resta nel portachiavi di questo computer.</translation>
        </message>
        <message>
            <source>e.g. db.example.com</source>
            <translation>ad es. db.example.com</translation>
        </message>
        <message>
            <source>e.g. shop</source>
            <translation>ad es. negozio</translation>
        </message>
        <message>
            <source>the database user</source>
            <translation>l'utente del database</translation>
        </message>
        <message>
            <source>empty if none</source>
            <translation>vuoto se non c'è</translation>
        </message>
        <message>
            <source>as your teammates know you</source>
            <translation>come ti conoscono i colleghi</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;orta:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Utente:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Il tuo &amp;nome:</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Connetti</translation>
        </message>
        <message>
            <source>Connecting to the team inbox…</source>
            <translation>Connessione alla casella di team…</translation>
        </message>
        <message>
            <source>The team inbox could not be joined: %1</source>
            <translation>Impossibile entrare nella casella di team: %1</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>Saved replies</source>
            <translation>Risposte salvate</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nuova</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Elimina</translation>
        </message>
        <message>
            <source>Insert placeholder</source>
            <translation>Inserisci segnaposto</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Anteprima</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Lingua:</translation>
        </message>
        <message>
            <source>S&amp;ubject:</source>
            <translation>&amp;Oggetto:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Testo:</translation>
        </message>
        <message>
            <source>Preview:</source>
            <translation>Anteprima:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salva</translation>
        </message>
        <message>
            <source>Cannot be saved: {why}</source>
            <translation>Non si può salvare: {why}</translation>
        </message>
        <message>
            <source>Give the saved reply a name.</source>
            <translation>Dai un nome alla risposta salvata.</translation>
        </message>
        <message>
            <source>Another saved reply in this language is called “{name}”.</source>
            <translation>Un'altra risposta salvata in questa lingua si chiama “{name}”.</translation>
        </message>
        <message>
            <source>Not saved: {why}</source>
            <translation>Non salvata: {why}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Salvata.</translation>
        </message>
        <message>
            <source>Close again to discard the changes.</source>
            <translation>Chiudi di nuovo per scartare le modifiche.</translation>
        </message>
        <message>
            <source>Delete saved reply</source>
            <translation>Elimina risposta salvata</translation>
        </message>
        <message>
            <source>Delete the saved reply “{name}”? This cannot be undone.</source>
            <translation>Eliminare la risposta salvata “{name}”? Non si può annullare.</translation>
        </message>
    </context>
    <context>
        <name>TemplatePicker</name>
        <message>
            <source>Insert a saved reply</source>
            <translation>Inserisci una risposta salvata</translation>
        </message>
        <message>
            <source>Search saved replies</source>
            <translation>Cerca nelle risposte salvate</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Anteprima</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>&amp;Inserisci</translation>
        </message>
    </context>
    <context>
        <name>ThreadList</name>
        <message>
            <source>Time left</source>
            <translation>Tempo rimasto</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Acquirente</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Oggetto</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordine</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Marketplace</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Attività</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>con risposta</translation>
        </message>
        <message>
            <source>no reply needed</source>
            <translation>nessuna risposta necessaria</translation>
        </message>
        <message>
            <source>Marked as no response needed: the clock is stopped</source>
            <translation>Contrassegnata come Nessuna risposta necessaria: il timer è fermo</translation>
        </message>
        <message>
            <source>A reply is queued in the outbox</source>
            <translation>Una risposta è in coda nella posta in uscita</translation>
        </message>
        <message>
            <source>A reply is being sent</source>
            <translation>È in corso l'invio di una risposta</translation>
        </message>
        <message>
            <source>A reply failed to send</source>
            <translation>L'invio di una risposta non è riuscito</translation>
        </message>
        <message>
            <source>A reply may have been sent (status unknown)</source>
            <translation>Una risposta potrebbe essere stata inviata (stato sconosciuto)</translation>
        </message>
        <message>
            <source>This buyer opted out of unsolicited messages</source>
            <translation>Questo acquirente ha disattivato i messaggi non richiesti</translation>
        </message>
        <message>
            <source>You have a draft in this thread</source>
            <translation>Hai una bozza in questa conversazione</translation>
        </message>
        <message>
            <source>Assigned to %1</source>
            <translation>Assegnato a %1</translation>
        </message>
        <message>
            <source>Order type: %1</source>
            <translation>Tipo di ordine: %1</translation>
        </message>
        <message>
            <source>Reply by %1 (Amazon's 24-hour window)</source>
            <translation>Rispondi entro %1 (finestra di 24 ore di Amazon)</translation>
        </message>
    </context>
    <context>
        <name>ThreadWrites</name>
        <message>
            <source>the store could not be written.</source>
            <translation>impossibile scrivere nell'archivio.</translation>
        </message>
        <message>
            <source>Change not saved: %1 The thread is as it was.</source>
            <translation>Modifica non salvata: %1 La conversazione è com'era.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting for the team server</source>
            <translation>
                <numerusform>%n modifica in attesa del server del team</numerusform>
                <numerusform>%n modifiche in attesa del server del team</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ThreadsController</name>
        <message numerus="yes">
            <source>%n or more thread(s) match “%1”</source>
            <translation>
                <numerusform>%n o più conversazioni corrispondono a “%1”</numerusform>
                <numerusform>%n o più conversazioni corrispondono a “%1”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n thread(s) match “%1”</source>
            <translation>
                <numerusform>%n conversazione corrisponde a “%1”</numerusform>
                <numerusform>%n conversazioni corrispondono a “%1”</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Unexpected</name>
        <message>
            <source>Seller Inbox hit an unexpected problem (%1). Nothing already saved is lost. Details for a bug report are in %2.</source>
            <translation>Seller Inbox ha incontrato un problema imprevisto (%1). Nulla di ciò che era già salvato è andato perso. I dettagli per una segnalazione di errore sono in %2.</translation>
        </message>
    </context>
    <context>
        <name>UnknownBanner</name>
        <message>
            <source>Resend</source>
            <translation>Reinvia</translation>
        </message>
        <message>
            <source>Only after checking in Seller Central that the buyer did NOT receive it.</source>
            <translation>Solo dopo aver verificato in Seller Central che l'acquirente NON l'ha ricevuto.</translation>
        </message>
        <message>
            <source>It was sent</source>
            <translation>È stato inviato</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Scarta</translation>
        </message>
        <message>
            <source>“{subject}” may have been sent: the app stopped while sending it. Check the buyer's messages in Seller Central, then resend or discard it. It is never resent on its own.</source>
            <translation>“{subject}” potrebbe essere stato inviato: l'app si è chiusa durante l'invio. Controlla i messaggi dell'acquirente in Seller Central, poi invialo di nuovo o scartalo. Non viene mai reinviato automaticamente.</translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>(nessun oggetto)</translation>
        </message>
        <message numerus="yes">
            <source>(%n more)</source>
            <translation>
                <numerusform>(%n altro)</numerusform>
                <numerusform>(%n altri)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>All open</source>
            <translation>Tutte le aperte</translation>
        </message>
        <message>
            <source>Due in &lt; 4 h</source>
            <translation>In scadenza &lt; 4 h</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>In ritardo</translation>
        </message>
        <message>
            <source>Opted-out buyers</source>
            <translation>Acquirenti con messaggi disattivati</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Con risposta</translation>
        </message>
        <message>
            <source>No response needed</source>
            <translation>Nessuna risposta necessaria</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Miei</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Posta in uscita</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Bozze</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Inviati</translation>
        </message>
        <message>
            <source>Ctrl+%1</source>
            <translation>Ctrl+%1</translation>
        </message>
    </context>
    <context>
        <name>WriteQueue</name>
        <message>
            <source>The store is busy (another program is writing); your draft is kept and will be saved in a moment.</source>
            <translation>L'archivio è occupato (un altro programma sta scrivendo); la bozza è conservata e sarà salvata tra un momento.</translation>
        </message>
        <message>
            <source>The store is busy (another program is writing); your change is kept and will be saved in a moment.</source>
            <translation>L'archivio è occupato (un altro programma sta scrivendo); la modifica è conservata e sarà salvata tra un momento.</translation>
        </message>
    </context>
    <context>
        <name>policy</name>
        <message>
            <source>Remove the link to {host}: only Amazon and parcel-tracking links are allowed.</source>
            <translation>Rimuovi il link a {host}: sono consentiti solo i link ad Amazon e al tracciamento dei pacchi.</translation>
        </message>
        <message>
            <source>Remove the disguised link to {host}: written-out domains count as links too.</source>
            <translation>Rimuovi il link camuffato a {host}: anche i domini scritti per esteso contano come link.</translation>
        </message>
        <message>
            <source>Remove the link to {host}: it looks like Amazon but is not an Amazon domain.</source>
            <translation>Rimuovi il link a {host}: sembra Amazon ma non è un dominio Amazon.</translation>
        </message>
        <message>
            <source>Use https:// instead of http:// for {host}: Amazon allows only secure links.</source>
            <translation>Usa https:// invece di http:// per {host}: Amazon consente solo link sicuri.</translation>
        </message>
        <message>
            <source>Remove the e-mail address {text}: buyers and sellers talk only through Amazon's messages.</source>
            <translation>Rimuovi l'indirizzo e-mail {text}: acquirenti e venditori comunicano solo tramite i messaggi di Amazon.</translation>
        </message>
        <message>
            <source>Remove the disguised e-mail address {text}: written-out addresses count too.</source>
            <translation>Rimuovi l'indirizzo e-mail camuffato {text}: contano anche gli indirizzi scritti per esteso.</translation>
        </message>
        <message>
            <source>Phone number {text}: allowed only for warranty, carrier or manufacturer contact. Remove it otherwise.</source>
            <translation>Numero di telefono {text}: consentito solo come contatto per garanzia, corriere o produttore. Altrimenti rimuovilo.</translation>
        </message>
        <message>
            <source>Remove the unsubscribe / opt-out wording ("{text}"): Amazon manages opt-outs itself.</source>
            <translation>Rimuovi la formula di disiscrizione / disattivazione ("{text}"): Amazon gestisce direttamente le disattivazioni.</translation>
        </message>
        <message>
            <source>Remove the marketing content ("{text}"): no promotions, coupons, discounts or follow requests.</source>
            <translation>Rimuovi il contenuto di marketing ("{text}"): niente promozioni, coupon, sconti o richieste di seguirti.</translation>
        </message>
        <message>
            <source>Remove the promotion of other products or stores ("{text}").</source>
            <translation>Rimuovi la promozione di altri prodotti o negozi ("{text}").</translation>
        </message>
        <message>
            <source>Never offer anything ("{text}") in a message that asks for a review or feedback.</source>
            <translation>Non offrire mai nulla ("{text}") in un messaggio che chiede una recensione o un feedback.</translation>
        </message>
        <message>
            <source>Do not steer the review ("{text}"): ask neutrally, never for a positive review, never only happy buyers, never to change or remove one.</source>
            <translation>Non influenzare la recensione ("{text}"): chiedi in modo neutrale, mai una recensione positiva, mai solo agli acquirenti soddisfatti, mai di modificarne o rimuoverne una.</translation>
        </message>
        <message>
            <source>Review or feedback request ("{text}"): allowed once per order, and not to buyers who opted out.</source>
            <translation>Richiesta di recensione o feedback ("{text}"): consentita una volta per ordine e non agli acquirenti che hanno disattivato i messaggi.</translation>
        </message>
        <message>
            <source>A review or feedback request was already sent for this order: remove "{text}".</source>
            <translation>Per questo ordine è già stata inviata una richiesta di recensione o feedback: rimuovi "{text}".</translation>
        </message>
        <message>
            <source>This message only says "{text}": Amazon asks sellers not to send messages that are only confirmations, thanks or offers of help.</source>
            <translation>Questo messaggio dice solo "{text}": Amazon chiede ai venditori di non inviare messaggi che siano solo conferme, ringraziamenti o offerte di aiuto.</translation>
        </message>
        <message>
            <source>Remove the emoji or pictograph {text}: Amazon does not allow them.</source>
            <translation>Rimuovi l'emoji o il pittogramma {text}: Amazon non li consente.</translation>
        </message>
        <message>
            <source>Remove the HTML markup {text}: messages must be plain text.</source>
            <translation>Rimuovi il markup HTML {text}: i messaggi devono essere in testo semplice.</translation>
        </message>
        <message>
            <source>Use at most two line breaks in a row ({count} here).</source>
            <translation>Usa al massimo due a capo consecutivi (qui {count}).</translation>
        </message>
        <message>
            <source>Add the order id (like 123-1234567-1234567) to the subject or body: a message you start must name the order.</source>
            <translation>Aggiungi l'ID ordine (come 123-1234567-1234567) all'oggetto o al testo: un messaggio avviato da te deve indicare l'ordine.</translation>
        </message>
        <message>
            <source>Add this order's id {order_id} to the subject or body: a message you start must name the order.</source>
            <translation>Aggiungi l'ID di questo ordine, {order_id}, all'oggetto o al testo: un messaggio avviato da te deve indicare l'ordine.</translation>
        </message>
        <message>
            <source>The order was delivered {days} days ago: you may start a message only within {limit} days.</source>
            <translation>L'ordine è stato consegnato {days} giorni fa: puoi avviare un messaggio solo entro {limit} giorni.</translation>
        </message>
        <message>
            <source>The body has {length} characters: Amazon accepts at most {limit}.</source>
            <translation>Il testo ha {length} caratteri: Amazon ne accetta al massimo {limit}.</translation>
        </message>
        <message>
            <source>This text has {length} characters: a message may hold at most {limit} to be checked and sent. Shorten it.</source>
            <translation>Questo testo ha {length} caratteri: un messaggio può contenerne al massimo {limit} per essere controllato e inviato. Accorcialo.</translation>
        </message>
        <message>
            <source>Checked the first {checked} of {length} characters while you type; the whole message is checked when you send it.</source>
            <translation>Controllati i primi {checked} di {length} caratteri durante la digitazione; il messaggio intero viene controllato all'invio.</translation>
        </message>
        <message>
            <source>The body looks like {detected}, but the buyer's language is {expected}: write in the buyer's language.</source>
            <translation>Il testo sembra in {detected}, ma la lingua dell'acquirente è {expected}: scrivi nella lingua dell'acquirente.</translation>
        </message>
        <message>
            <source>This buyer opted out of messages and this content is not critical ("{text}"): it cannot be sent, even with the {tag} tag.</source>
            <translation>Questo acquirente ha disattivato i messaggi e questo contenuto non è essenziale ("{text}"): non può essere inviato, nemmeno con il tag {tag}.</translation>
        </message>
        <message>
            <source>This buyer opted out of messages: add {tag} to the subject, as this content is critical ("{text}").</source>
            <translation>Questo acquirente ha disattivato i messaggi: aggiungi {tag} all'oggetto, perché questo contenuto è essenziale ("{text}").</translation>
        </message>
        <message>
            <source>This buyer opted out: reply on the buyer's own thread, or use a critical contact reason in Seller Central.</source>
            <translation>Questo acquirente ha disattivato i messaggi: rispondi nella conversazione avviata dall'acquirente oppure usa un motivo di contatto essenziale in Seller Central.</translation>
        </message>
        <message>
            <source>Remove {tag}: the tag is only for critical content, and this is not ("{text}"); Amazon may penalise misuse.</source>
            <translation>Rimuovi {tag}: il tag è solo per contenuti essenziali e questo non lo è ("{text}"); Amazon può sanzionarne l'uso improprio.</translation>
        </message>
        <message>
            <source>The {tag} tag is not needed here: this buyer has not opted out.</source>
            <translation>Il tag {tag} qui non serve: questo acquirente non ha disattivato i messaggi.</translation>
        </message>
        <message>
            <source>The {tag} tag is not needed on a reply to the buyer's own thread.</source>
            <translation>Il tag {tag} non serve in una risposta a una conversazione avviata dall'acquirente.</translation>
        </message>
        <message>
            <source>The {tag} tag is not needed: {order_type} orders are exempt from opt-out.</source>
            <translation>Il tag {tag} non serve: gli ordini {order_type} sono esenti dalla disattivazione dei messaggi.</translation>
        </message>
        <message>
            <source>{name}: {kind} files cannot be sent; use PDF, Word, JPEG, PNG, GIF or plain text.</source>
            <translation>{name}: i file {kind} non possono essere inviati; usa PDF, Word, JPEG, PNG, GIF o testo semplice.</translation>
        </message>
        <message>
            <source>{name}: the name says .{ext} but the content is {kind}.</source>
            <translation>{name}: il nome indica .{ext} ma il contenuto è {kind}.</translation>
        </message>
        <message>
            <source>{name}: macro-enabled Word documents cannot be sent ({trigger}).</source>
            <translation>{name}: i documenti Word con macro non possono essere inviati ({trigger}).</translation>
        </message>
        <message>
            <source>{name}: PDFs that run actions or carry embedded files cannot be sent ({trigger}).</source>
            <translation>{name}: i PDF che eseguono azioni o contengono file incorporati non possono essere inviati ({trigger}).</translation>
        </message>
        <message>
            <source>Attachments total {size_mb} MB: the limit is {limit_mb} MB.</source>
            <translation>Gli allegati sono in totale {size_mb} MB: il limite è {limit_mb} MB.</translation>
        </message>
        <message>
            <source>{count} attachments: Amazon takes at most {limit} per message.</source>
            <translation>{count} allegati: Amazon ne accetta al massimo {limit} per messaggio.</translation>
        </message>
        <message>
            <source>{name} contains a link to {host}: only Amazon and parcel-tracking links are allowed.</source>
            <translation>{name} contiene un link a {host}: sono consentiti solo i link ad Amazon e al tracciamento dei pacchi.</translation>
        </message>
        <message>
            <source>{name} is an animated GIF ({frames} frames): Amazon does not allow them.</source>
            <translation>{name} è una GIF animata ({frames} fotogrammi): Amazon non le consente.</translation>
        </message>
        <message>
            <source>{name} cannot be read: {reason}.</source>
            <translation>Impossibile leggere {name}: {reason}.</translation>
        </message>
        <message>
            <source>{name} is encrypted or password-protected: Amazon cannot show it to the buyer.</source>
            <translation>{name} è cifrato o protetto da password: Amazon non può mostrarlo all'acquirente.</translation>
        </message>
        <message>
            <source>{name} is empty.</source>
            <translation>{name} è vuoto.</translation>
        </message>
        <message>
            <source>{name} is refused: {reason} (a decompression bomb guard).</source>
            <translation>{name} è stato rifiutato: {reason} (protezione contro le bombe di decompressione).</translation>
        </message>
        <message>
            <source>not valid text</source>
            <translation>testo non valido</translation>
        </message>
        <message>
            <source>its content cannot be inspected</source>
            <translation>il contenuto non può essere esaminato</translation>
        </message>
        <message>
            <source>damaged PDF</source>
            <translation>PDF danneggiato</translation>
        </message>
        <message>
            <source>damaged PDF (nested too deeply)</source>
            <translation>PDF danneggiato (annidato troppo in profondità)</translation>
        </message>
        <message>
            <source>truncated PDF (no end marker)</source>
            <translation>PDF troncato (manca il marcatore di fine)</translation>
        </message>
        <message>
            <source>the PDF has no pages</source>
            <translation>il PDF non ha pagine</translation>
        </message>
        <message>
            <source>{count} pages</source>
            <translation>{count} pagine</translation>
        </message>
        <message>
            <source>over {limit} annotations</source>
            <translation>più di {limit} annotazioni</translation>
        </message>
        <message>
            <source>too many objects to inspect</source>
            <translation>troppi oggetti da esaminare</translation>
        </message>
        <message>
            <source>damaged image</source>
            <translation>immagine danneggiata</translation>
        </message>
        <message>
            <source>damaged image (no size in the header)</source>
            <translation>immagine danneggiata (dimensioni assenti nell'intestazione)</translation>
        </message>
        <message>
            <source>{width}×{height} pixels is over the {limit} Mpx limit</source>
            <translation>{width}×{height} pixel supera il limite di {limit} Mpx</translation>
        </message>
        <message>
            <source>truncated JPEG (no end marker)</source>
            <translation>JPEG troncato (manca il marcatore di fine)</translation>
        </message>
        <message>
            <source>damaged archive</source>
            <translation>archivio danneggiato</translation>
        </message>
        <message>
            <source>{count} entries in the archive</source>
            <translation>{count} voci nell'archivio</translation>
        </message>
        <message>
            <source>it declares {size} MB uncompressed</source>
            <translation>dichiara {size} MB non compressi</translation>
        </message>
        <message>
            <source>{member} expands {ratio} times</source>
            <translation>{member} si espande {ratio} volte</translation>
        </message>
        <message>
            <source>overlapping entries (a zip bomb trick)</source>
            <translation>voci sovrapposte (un trucco da zip bomb)</translation>
        </message>
        <message>
            <source>{member} is larger than {limit} bytes</source>
            <translation>{member} è più grande di {limit} byte</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Word 97-2003</source>
            <translation>Word 97-2003</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>Word</translation>
        </message>
        <message>
            <source>macro-enabled Word</source>
            <translation>Word con macro</translation>
        </message>
        <message>
            <source>JPEG image</source>
            <translation>immagine JPEG</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>immagine PNG</translation>
        </message>
        <message>
            <source>GIF image</source>
            <translation>immagine GIF</translation>
        </message>
        <message>
            <source>plain text</source>
            <translation>testo semplice</translation>
        </message>
        <message>
            <source>Windows program</source>
            <translation>programma Windows</translation>
        </message>
        <message>
            <source>Linux program</source>
            <translation>programma Linux</translation>
        </message>
        <message>
            <source>macOS program</source>
            <translation>programma macOS</translation>
        </message>
        <message>
            <source>script</source>
            <translation>script</translation>
        </message>
        <message>
            <source>zip archive</source>
            <translation>archivio zip</translation>
        </message>
        <message>
            <source>Excel</source>
            <translation>Excel</translation>
        </message>
        <message>
            <source>PowerPoint</source>
            <translation>PowerPoint</translation>
        </message>
        <message>
            <source>HTML</source>
            <translation>HTML</translation>
        </message>
        <message>
            <source>SVG image</source>
            <translation>immagine SVG</translation>
        </message>
        <message>
            <source>XML</source>
            <translation>XML</translation>
        </message>
        <message>
            <source>RTF</source>
            <translation>RTF</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vuoto</translation>
        </message>
        <message>
            <source>unknown binary</source>
            <translation>binario sconosciuto</translation>
        </message>
        <message>
            <source>encrypted Office document</source>
            <translation>documento Office cifrato</translation>
        </message>
        <message>
            <source>Office (OLE) container</source>
            <translation>contenitore Office (OLE)</translation>
        </message>
        <message>
            <source>OpenDocument</source>
            <translation>OpenDocument</translation>
        </message>
        <message>
            <source>Office Open XML</source>
            <translation>Office Open XML</translation>
        </message>
    </context>
</TS>