<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>Accessibility</name>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>Type words, an order id or a buyer's name to find threads</source>
            <translation>단어, 주문 번호 또는 구매자 이름을 입력해 대화를 찾습니다</translation>
        </message>
        <message>
            <source>Conversations, most urgent first: time left, buyer, subject</source>
            <translation>가장 급한 대화부터: 남은 시간, 구매자, 제목</translation>
        </message>
        <message>
            <source>Saved views of the inbox with their thread counts</source>
            <translation>받은편지함의 저장된 보기와 대화 수</translation>
        </message>
        <message>
            <source>Imported orders; drop Seller Central order reports here</source>
            <translation>가져온 주문. Seller Central 주문 보고서를 여기에 끌어다 놓으세요</translation>
        </message>
        <message>
            <source>The subject of your message to the buyer</source>
            <translation>구매자에게 보내는 메시지의 제목</translation>
        </message>
        <message>
            <source>Your message to the buyer; problems are underlined as you type</source>
            <translation>구매자에게 보내는 메시지. 입력하는 동안 문제에 밑줄이 그어집니다</translation>
        </message>
        <message>
            <source>Problems Amazon would object to, each with how to fix it</source>
            <translation>아마존이 문제 삼을 내용과 각각의 해결 방법</translation>
        </message>
        <message>
            <source>Files attached to your message</source>
            <translation>메시지에 첨부한 파일</translation>
        </message>
        <message>
            <source>Find an order by its id or an exact SKU</source>
            <translation>주문 번호나 정확한 SKU로 주문 찾기</translation>
        </message>
        <message>
            <source>Conversations about the selected order</source>
            <translation>선택한 주문에 관한 대화</translation>
        </message>
        <message>
            <source>Switch between the guide, the inbox and the orders</source>
            <translation>안내, 받은편지함, 주문 사이를 전환합니다</translation>
        </message>
        <message>
            <source>Activates “%1”</source>
            <translation>“%1” 실행</translation>
        </message>
        <message>
            <source>Text field for “%1”</source>
            <translation>“%1” 입력란</translation>
        </message>
        <message>
            <source>Choose “%1”</source>
            <translation>“%1” 선택</translation>
        </message>
        <message>
            <source>%1: click a column to sort by it</source>
            <translation>%1: 열을 누르면 그 열로 정렬합니다</translation>
        </message>
        <message>
            <source>List of “%1”</source>
            <translation>“%1” 목록</translation>
        </message>
        <message>
            <source>Tabs: “%1”</source>
            <translation>탭: “%1”</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>열</translation>
        </message>
        <message>
            <source>Columns of %1</source>
            <translation>%1의 열</translation>
        </message>
        <message>
            <source>Shows “%1”</source>
            <translation>“%1” 보기</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <source>Add mail account</source>
            <translation>메일 계정 추가</translation>
        </message>
        <message>
            <source>SSL/TLS (recommended)</source>
            <translation>SSL/TLS(권장)</translation>
        </message>
        <message>
            <source>STARTTLS (required)</source>
            <translation>STARTTLS(필수)</translation>
        </message>
        <message>
            <source>None: unencrypted (test servers only)</source>
            <translation>없음: 암호화하지 않음(테스트 서버 전용)</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>계정</translation>
        </message>
        <message>
            <source>e.g. Shop EU</source>
            <translation>예: EU 스토어</translation>
        </message>
        <message>
            <source>Your shop's name</source>
            <translation>상점 이름</translation>
        </message>
        <message>
            <source>The address registered or authorized in Seller Central: Amazon rejects replies from any other address.</source>
            <translation>Seller Central에 등록되었거나 승인된 주소입니다. Amazon은 다른 주소에서 보낸 답장을 거부합니다.</translation>
        </message>
        <message>
            <source>Login name (often the address)</source>
            <translation>로그인 이름(대개 메일 주소)</translation>
        </message>
        <message>
            <source>Incoming mail (IMAP)</source>
            <translation>받는 메일(IMAP)</translation>
        </message>
        <message>
            <source>Folders to watch, separated by commas.</source>
            <translation>확인할 폴더를 쉼표로 구분하여 입력합니다.</translation>
        </message>
        <message>
            <source>Outgoing mail (SMTP)</source>
            <translation>보내는 메일(SMTP)</translation>
        </message>
        <message>
            <source>For a local relay or a server that trusts this computer's address. The password is then used for incoming mail only.</source>
            <translation>로컬 릴레이나 이 컴퓨터의 주소를 신뢰하는 서버용입니다. 이 경우 비밀번호는 받는 메일에만 사용됩니다.</translation>
        </message>
        <message>
            <source>Optional: a certificate file to trust for these servers</source>
            <translation>선택 사항: 이 서버에 대해 신뢰할 인증서 파일</translation>
        </message>
        <message>
            <source>Ser&amp;ver:</source>
            <translation>서버(&amp;V):</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>포트(&amp;P):</translation>
        </message>
        <message>
            <source>Secur&amp;ity:</source>
            <translation>보안(&amp;I):</translation>
        </message>
        <message>
            <source>Re&amp;member the password in the system keyring</source>
            <translation>시스템 키링에 비밀번호 저장(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>이름(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Your name:</source>
            <translation>보내는 사람 이름(&amp;Y):</translation>
        </message>
        <message>
            <source>Sender &amp;address:</source>
            <translation>보내는 사람 주소(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>비밀번호(&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Folders:</source>
            <translation>폴더(&amp;F):</translation>
        </message>
        <message>
            <source>No &amp;login: the server accepts my mail without one</source>
            <translation>로그인 없음: 서버가 로그인 없이 메일을 받습니다(&amp;L)</translation>
        </message>
        <message>
            <source>Mar&amp;ketplaces this mailbox serves</source>
            <translation>이 메일함이 담당하는 마켓플레이스(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>찾아보기(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>연결 테스트(&amp;T)</translation>
        </message>
        <message>
            <source>Certificate to trust</source>
            <translation>신뢰할 인증서</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>인증서 (*.pem *.crt *.cer);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>No secure keyring is available here (%1). Seller Inbox will keep the password only until you close it, and ask for it again next time. It is never written to disk.</source>
            <translation>사용할 수 있는 보안 키링이 없습니다(%1). Seller Inbox는 종료할 때까지만 비밀번호를 보관하고 다음에 다시 묻습니다. 비밀번호는 디스크에 기록되지 않습니다.</translation>
        </message>
        <message>
            <source>the system keyring did not answer</source>
            <translation>시스템 키링이 응답하지 않았습니다</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>연결을 테스트하는 중…</translation>
        </message>
        <message>
            <source>sender address</source>
            <translation>보내는 사람 주소</translation>
        </message>
        <message>
            <source>IMAP server</source>
            <translation>IMAP 서버</translation>
        </message>
        <message>
            <source>SMTP server</source>
            <translation>SMTP 서버</translation>
        </message>
        <message>
            <source>password</source>
            <translation>비밀번호</translation>
        </message>
        <message>
            <source>Please fill in: %1.</source>
            <translation>다음 항목을 입력하십시오: %1.</translation>
        </message>
        <message>
            <source>Please give the account a name.</source>
            <translation>계정 이름을 입력하십시오.</translation>
        </message>
    </context>
    <context>
        <name>AmazonCompose</name>
        <message>
            <source>This buyer opted out, and Amazon no longer lets [Important] override it: connect the Selling Partner API (Settings › Connect Amazon) to send a critical message as an Amazon message.</source>
            <translation>이 구매자는 메시지 수신을 거부했으며, Amazon은 더 이상 [Important]로 이를 무시할 수 없게 합니다. 중요한 메시지를 Amazon 메시지로 보내려면 Selling Partner API를 연결하세요(설정 › Amazon 연결).</translation>
        </message>
        <message>
            <source>This buyer opted out, and Amazon no longer lets [Important] override it; Amazon offers no message action for this order now, so wait for the buyer to write.</source>
            <translation>이 구매자는 메시지 수신을 거부했으며, Amazon은 더 이상 [Important]로 이를 무시할 수 없게 합니다. 지금 이 주문에 Amazon이 제공하는 메시지 유형이 없으니 구매자가 먼저 연락할 때까지 기다리세요.</translation>
        </message>
        <message>
            <source>This buyer opted out, and Amazon no longer lets [Important] override it: send a critical message as Amazon's '%1' message instead (Thread › Amazon message for this order…).</source>
            <translation>이 구매자는 메시지 수신을 거부했으며, Amazon은 더 이상 [Important]로 이를 무시할 수 없게 합니다. 대신 중요한 메시지를 Amazon의 '%1' 메시지로 보내세요(대화 › 이 주문에 대한 Amazon 메시지…).</translation>
        </message>
    </context>
    <context>
        <name>AmazonConnectDialog</name>
        <message>
            <source>Connect Amazon (Selling Partner API)</source>
            <translation>Amazon 연결 (Selling Partner API)</translation>
        </message>
        <message>
            <source>Use your own private SP-API app, self-authorized in Seller Central (Apps and Services &gt; Develop Apps). The client secret and the refresh token are kept only in the system keyring.</source>
            <translation>Seller Central(앱 및 서비스 &gt; 앱 개발)에서 직접 승인한 비공개 SP-API 앱을 사용하세요. 클라이언트 시크릿과 새로 고침 토큰은 시스템 키링에만 보관됩니다.</translation>
        </message>
        <message>
            <source>App</source>
            <translation>앱</translation>
        </message>
        <message>
            <source>e.g. Shop NA</source>
            <translation>예: 북미 상점</translation>
        </message>
        <message>
            <source>North America</source>
            <translation>북미</translation>
        </message>
        <message>
            <source>Europe</source>
            <translation>유럽</translation>
        </message>
        <message>
            <source>Far East</source>
            <translation>극동</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>이름(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>지역(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;LWA client id:</source>
            <translation>LWA 클라이언트 ID(&amp;L):</translation>
        </message>
        <message>
            <source>Client s&amp;ecret:</source>
            <translation>클라이언트 시크릿(&amp;E):</translation>
        </message>
        <message>
            <source>Re&amp;fresh token:</source>
            <translation>새로 고침 토큰(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Marketplaces</source>
            <translation>마켓플레이스(&amp;M)</translation>
        </message>
        <message>
            <source>A&amp;dvanced</source>
            <translation>고급(&amp;D)</translation>
        </message>
        <message>
            <source>API end&amp;point:</source>
            <translation>API 엔드포인트(&amp;P):</translation>
        </message>
        <message>
            <source>Token &amp;URL:</source>
            <translation>토큰 URL(&amp;U):</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>테스트(&amp;T)</translation>
        </message>
        <message>
            <source>Asking Login with Amazon…</source>
            <translation>Login with Amazon에 확인 중…</translation>
        </message>
    </context>
    <context>
        <name>AmazonErrors</name>
        <message>
            <source>Amazon refused the authorization of '{connection}': the refresh token was revoked or the client secret is wrong. Authorize the app again in Seller Central and run 'inbox-app amazon connect {connection}' with the new refresh token.</source>
            <translation>Amazon이 '{connection}'의 승인을 거부했습니다. 새로 고침 토큰이 취소되었거나 클라이언트 시크릿이 잘못되었습니다. Seller Central에서 앱을 다시 승인한 뒤 새로 받은 새로 고침 토큰으로 'inbox-app amazon connect {connection}'을(를) 실행하십시오.</translation>
        </message>
        <message>
            <source>Your SP-API app lacks the role '{role}'. Add it to the app in Seller Central (Develop Apps), then authorize the app again.</source>
            <translation>SP-API 앱에 '{role}' 역할이 없습니다. Seller Central(앱 개발)에서 앱에 이 역할을 추가한 뒤 앱을 다시 승인하십시오.</translation>
        </message>
        <message>
            <source>Amazon is limiting how often this account may call {operation}; Seller Inbox will try again later by itself.</source>
            <translation>Amazon이 이 계정의 {operation} 호출 빈도를 제한하고 있습니다. Seller Inbox가 나중에 자동으로 다시 시도합니다.</translation>
        </message>
        <message>
            <source>Amazon could not be reached (the connection timed out); check the internet connection. The sync picks up where it stopped.</source>
            <translation>Amazon에 연결할 수 없습니다(연결 시간이 초과되었습니다). 인터넷 연결을 확인하십시오. 동기화는 멈춘 곳에서 이어집니다.</translation>
        </message>
        <message>
            <source>Amazon could not be reached (no connection); check the internet connection. The sync picks up where it stopped.</source>
            <translation>Amazon에 연결할 수 없습니다(연결 없음). 인터넷 연결을 확인하십시오. 동기화는 멈춘 곳에서 이어집니다.</translation>
        </message>
        <message>
            <source>Amazon could not be reached (the connection was lost); check the internet connection. The sync picks up where it stopped.</source>
            <translation>Amazon에 연결할 수 없습니다(연결이 끊어졌습니다). 인터넷 연결을 확인하십시오. 동기화는 멈춘 곳에서 이어집니다.</translation>
        </message>
        <message>
            <source>Amazon refused {operation} (HTTP {status}): {message}</source>
            <translation>Amazon이 {operation}을(를) 거부했습니다(HTTP {status}): {message}</translation>
        </message>
        <message>
            <source>Amazon refused {operation} (HTTP {status}): {message} Seller Inbox will try again later.</source>
            <translation>Amazon이 {operation}을(를) 거부했습니다(HTTP {status}): {message} Seller Inbox가 나중에 다시 시도합니다.</translation>
        </message>
    </context>
    <context>
        <name>AmazonMessageDialog</name>
        <message>
            <source>Amazon message for %1</source>
            <translation>%1 주문의 Amazon 메시지</translation>
        </message>
        <message>
            <source>Amazon delivers these messages even to buyers who opted out of unsolicited messages. Only the types Amazon accepts for this order now are offered.</source>
            <translation>Amazon은 원치 않는 메시지 수신을 거부한 구매자에게도 이 메시지를 전달합니다. 지금 이 주문에 Amazon이 허용하는 유형만 표시됩니다.</translation>
        </message>
        <message>
            <source>Add &amp;file…</source>
            <translation>파일 추가(&amp;F)…</translation>
        </message>
        <message>
            <source>Message t&amp;ype:</source>
            <translation>메시지 유형(&amp;Y):</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>본문(&amp;T):</translation>
        </message>
        <message>
            <source>Attach&amp;ments:</source>
            <translation>첨부 파일(&amp;M):</translation>
        </message>
        <message>
            <source>Coverage f&amp;rom:</source>
            <translation>보증 시작일(&amp;R):</translation>
        </message>
        <message>
            <source>Coverage t&amp;o:</source>
            <translation>보증 종료일(&amp;O):</translation>
        </message>
        <message>
            <source>Asking Amazon which messages it accepts…</source>
            <translation>Amazon에 허용되는 메시지를 확인 중…</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>보내기(&amp;S)</translation>
        </message>
        <message>
            <source>Amazon accepts no message for this order right now.</source>
            <translation>지금은 Amazon이 이 주문에 대한 메시지를 허용하지 않습니다.</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>파일 첨부</translation>
        </message>
        <message>
            <source>%1 of %2 characters</source>
            <translation>%2자 중 %1자</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>보내는 중…</translation>
        </message>
        <message>
            <source>Confirm customization details</source>
            <translation>맞춤 제작 세부 정보 확인</translation>
        </message>
        <message>
            <source>Confirm delivery details</source>
            <translation>배송 세부 정보 확인</translation>
        </message>
        <message>
            <source>Legal disclosure</source>
            <translation>법적 고지</translation>
        </message>
        <message>
            <source>Confirm order details</source>
            <translation>주문 세부 정보 확인</translation>
        </message>
        <message>
            <source>Confirm service details</source>
            <translation>서비스 세부 정보 확인</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>보증</translation>
        </message>
        <message>
            <source>Digital access key</source>
            <translation>디지털 액세스 키</translation>
        </message>
        <message>
            <source>Unexpected problem</source>
            <translation>예기치 않은 문제</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>인보이스</translation>
        </message>
    </context>
    <context>
        <name>AmazonOperations</name>
        <message>
            <source>the order search</source>
            <translation>주문 검색</translation>
        </message>
        <message>
            <source>getOrder</source>
            <translation>getOrder</translation>
        </message>
        <message>
            <source>the messaging actions</source>
            <translation>메시지 작업 조회</translation>
        </message>
        <message>
            <source>the buyer's language</source>
            <translation>구매자 언어 조회</translation>
        </message>
        <message>
            <source>the review request check</source>
            <translation>리뷰 요청 가능 여부 확인</translation>
        </message>
        <message>
            <source>the review request</source>
            <translation>리뷰 요청</translation>
        </message>
        <message>
            <source>the attachment upload</source>
            <translation>첨부 파일 업로드</translation>
        </message>
        <message>
            <source>the Amazon message</source>
            <translation>Amazon 메시지</translation>
        </message>
        <message>
            <source>the Login with Amazon token request</source>
            <translation>Login with Amazon 토큰 요청</translation>
        </message>
    </context>
    <context>
        <name>AmazonOrderActions</name>
        <message>
            <source>Request a &amp;review</source>
            <translation>리뷰 요청(&amp;R)</translation>
        </message>
        <message>
            <source>Amazon &amp;message…</source>
            <translation>Amazon 메시지(&amp;M)…</translation>
        </message>
        <message>
            <source>Connect Amazon (Selling Partner API) to request reviews and send Amazon messages.</source>
            <translation>리뷰를 요청하고 Amazon 메시지를 보내려면 Amazon(Selling Partner API)을 연결하세요.</translation>
        </message>
        <message>
            <source>A review may be requested now.</source>
            <translation>지금 리뷰를 요청할 수 있습니다.</translation>
        </message>
        <message>
            <source>Requesting a review…</source>
            <translation>리뷰 요청 중…</translation>
        </message>
    </context>
    <context>
        <name>AmazonReviews</name>
        <message>
            <source>A review was already requested for {order} on {date}; Amazon allows one.</source>
            <translation>{order}의 리뷰는 {date}에 이미 요청했습니다. Amazon은 한 번만 허용합니다.</translation>
        </message>
        <message>
            <source>{order} was canceled; there is nothing to review.</source>
            <translation>{order}은(는) 취소되었습니다. 리뷰할 것이 없습니다.</translation>
        </message>
        <message>
            <source>{order} has no delivery date yet; a review may be requested 5-30 days after it.</source>
            <translation>{order}에는 아직 배송일이 없습니다. 리뷰는 배송 후 5~30일 사이에 요청할 수 있습니다.</translation>
        </message>
        <message>
            <source>Too early for {order}: a review may be requested from {date} (5 days after delivery).</source>
            <translation>{order}은(는) 아직 이릅니다. 리뷰는 {date}부터 요청할 수 있습니다(배송 5일 후).</translation>
        </message>
        <message>
            <source>Too early for {order}: a review may be requested from {date} (5 days after the promised delivery date; Amazon has not reported the delivery).</source>
            <translation>{order}은(는) 아직 이릅니다. 리뷰는 {date}부터 요청할 수 있습니다(약속된 배송일 5일 후, Amazon이 배송을 보고하지 않았습니다).</translation>
        </message>
        <message>
            <source>Too late for {order}: review requests end 30 days after delivery.</source>
            <translation>{order}은(는) 너무 늦었습니다. 리뷰 요청은 배송 30일 후에 끝납니다.</translation>
        </message>
        <message>
            <source>Too late for {order}: review requests end 30 days after the promised delivery date; Amazon has not reported the delivery.</source>
            <translation>{order}은(는) 너무 늦었습니다. 리뷰 요청은 약속된 배송일 30일 후에 끝납니다. Amazon이 배송을 보고하지 않았습니다.</translation>
        </message>
        <message>
            <source>Amazon does not offer a review request for {order} right now.</source>
            <translation>Amazon은 지금 {order}에 대한 리뷰 요청을 제공하지 않습니다.</translation>
        </message>
        <message>
            <source>Review requested for {order}.</source>
            <translation>{order}의 리뷰를 요청했습니다.</translation>
        </message>
        <message>
            <source>Review requested for {order} (counted from the promised delivery date; Amazon has not reported the delivery).</source>
            <translation>{order}의 리뷰를 요청했습니다(약속된 배송일부터 계산, Amazon이 배송을 보고하지 않았습니다).</translation>
        </message>
    </context>
    <context>
        <name>AmazonSyncStatus</name>
        <message>
            <source>Amazon: checking orders…</source>
            <translation>Amazon: 주문 확인 중…</translation>
        </message>
        <message>
            <source>Amazon: reading orders… %1 so far, page %2</source>
            <translation>Amazon: 주문을 읽는 중… 지금까지 %1건, %2페이지</translation>
        </message>
        <message>
            <source>Amazon: %1 new, %2 updated orders</source>
            <translation>Amazon: 새 주문 %1건, 업데이트 %2건</translation>
        </message>
    </context>
    <context>
        <name>AmazonWindow</name>
        <message>
            <source>Connect Amazon (Selling Partner API)…</source>
            <translation>Amazon 연결 (Selling Partner API)…</translation>
        </message>
        <message>
            <source>Sync Amazon orders now</source>
            <translation>지금 Amazon 주문 동기화</translation>
        </message>
        <message>
            <source>Amazon review requests…</source>
            <translation>Amazon 리뷰 요청…</translation>
        </message>
        <message>
            <source>Request a review (Amazon)</source>
            <translation>리뷰 요청 (Amazon)</translation>
        </message>
        <message>
            <source>Amazon message for this order…</source>
            <translation>이 주문의 Amazon 메시지…</translation>
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
            <translation>담당자 지정(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Take it (assign to me)</source>
            <translation>내가 맡기(&amp;T)</translation>
        </message>
        <message>
            <source>Unassi&amp;gn</source>
            <translation>담당 해제(&amp;G)</translation>
        </message>
        <message>
            <source>Assign to</source>
            <translation>담당자 지정</translation>
        </message>
        <message>
            <source>Nobody (unassign)</source>
            <translation>없음 (담당 해제)</translation>
        </message>
        <message>
            <source>The thread could not be assigned: it is gone, or that person left the team.</source>
            <translation>대화를 지정할 수 없습니다: 대화가 없어졌거나 그 사람이 팀을 떠났습니다.</translation>
        </message>
        <message>
            <source>Assigned to nobody</source>
            <translation>담당자 없음</translation>
        </message>
        <message>
            <source>%1 (me)</source>
            <translation>%1 (나)</translation>
        </message>
        <message>
            <source>Assigned to %1</source>
            <translation>담당: %1</translation>
        </message>
    </context>
    <context>
        <name>AttachmentJob</name>
        <message>
            <source>the file is empty</source>
            <translation>파일이 비어 있음</translation>
        </message>
        <message>
            <source>the file is {size} MB; Amazon accepts at most {limit} MB</source>
            <translation>파일 크기 {size} MB: Amazon 허용 한도는 {limit} MB</translation>
        </message>
        <message>
            <source>could not be read ({error})</source>
            <translation>읽을 수 없음({error})</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>{name} is attached already.</source>
            <translation>{name}은(는) 이미 첨부되어 있습니다.</translation>
        </message>
        <message>
            <source>Folders cannot be attached ({names}): attach the files in them.</source>
            <translation>폴더는 첨부할 수 없습니다({names}). 폴더 안의 파일을 첨부하세요.</translation>
        </message>
        <message>
            <source>pasted-image.png</source>
            <translation>pasted-image.png</translation>
        </message>
        <message>
            <source>attachment</source>
            <translation>첨부 파일</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>열기</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>다른 이름으로 저장…</translation>
        </message>
        <message>
            <source>Save attachment</source>
            <translation>첨부 파일 저장</translation>
        </message>
        <message>
            <source>This type is not opened from here: save it and check it first.</source>
            <translation>이 형식은 여기에서 열 수 없습니다. 먼저 저장한 뒤 확인하십시오.</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>첨부 파일</translation>
        </message>
        <message>
            <source>Could not open: %1</source>
            <translation>열 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Could not save: %1</source>
            <translation>저장할 수 없습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsModel</name>
        <message>
            <source>all attachments together would be over {limit}</source>
            <translation>첨부 파일 합계가 {limit} 초과</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n}바이트</translation>
        </message>
        <message>
            <source>{name} — checking…</source>
            <translation>{name} — 확인하는 중…</translation>
        </message>
        <message>
            <source>Cannot be sent: {why}
Content: {kind}</source>
            <translation>보낼 수 없음: {why}
내용: {kind}</translation>
        </message>
        <message>
            <source>refused: {why}</source>
            <translation>거부됨: {why}</translation>
        </message>
    </context>
    <context>
        <name>Buyer</name>
        <message>
            <source>Buyer of order %1</source>
            <translation>주문 %1의 구매자</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>added account {name} ({address}); password kept in the system keyring</source>
            <translation>계정 {name} ({address})을(를) 추가했습니다. 비밀번호는 시스템 키링에 보관됩니다</translation>
        </message>
        <message>
            <source>added account {name} ({address}); password kept for this session only</source>
            <translation>계정 {name} ({address})을(를) 추가했습니다. 비밀번호는 이번 세션에만 보관됩니다</translation>
        </message>
        <message>
            <source>give the password with --password-stdin (it is never a command argument)</source>
            <translation>비밀번호는 --password-stdin으로 입력하세요 (명령 인수로는 절대 받지 않습니다)</translation>
        </message>
        <message>
            <source>Add the account with --no-save-password and give the password to each `inbox-app sync --password-stdin`.</source>
            <translation>--no-save-password로 계정을 추가하고 `inbox-app sync --password-stdin`을 실행할 때마다 비밀번호를 입력하세요.</translation>
        </message>
        <message>
            <source>no password saved for this account; use --password-stdin</source>
            <translation>이 계정에 저장된 비밀번호가 없습니다. --password-stdin을 사용하세요</translation>
        </message>
        <message>
            <source>removed account {name}</source>
            <translation>계정 {name}을(를) 삭제했습니다</translation>
        </message>
        <message>
            <source>sent Amazon message {action} for {order}</source>
            <translation>주문 {order}에 Amazon 메시지 {action}을(를) 보냈습니다</translation>
        </message>
        <message>
            <source>connected {name} ({region}); client secret and refresh token are in the keyring</source>
            <translation>{name} ({region}) 연결됨. 클라이언트 시크릿과 리프레시 토큰은 키링에 있습니다</translation>
        </message>
        <message>
            <source>{name}: {new} new orders, {updated} updated, {pages} pages, {languages} buyer languages</source>
            <translation>{name}: 새 주문 {new}건, 업데이트 {updated}건, {pages}페이지, 구매자 언어 {languages}개</translation>
        </message>
        <message>
            <source>no order is inside its review window (5-30 days after delivery)</source>
            <translation>리뷰 요청 기간(배송 후 5-30일) 안에 있는 주문이 없습니다</translation>
        </message>
        <message>
            <source>give the client secret and refresh token with --secrets-stdin (two lines; never command arguments)</source>
            <translation>클라이언트 시크릿과 리프레시 토큰은 --secrets-stdin으로 입력하세요 (두 줄, 명령 인수로는 절대 받지 않습니다)</translation>
        </message>
        <message>
            <source>no Amazon connection yet; add one with `inbox-app amazon connect`</source>
            <translation>아직 Amazon 연결이 없습니다. `inbox-app amazon connect`로 추가하세요</translation>
        </message>
        <message>
            <source>removed Amazon connection {name}; its secrets left the keyring</source>
            <translation>Amazon 연결 {name}을(를) 삭제했습니다. 비밀 정보는 키링에서 지웠습니다</translation>
        </message>
        <message>
            <source>{orders} orders, {pages} pages</source>
            <translation>주문 {orders}건, {pages}페이지</translation>
        </message>
        <message>
            <source>BLOCKED: {count} problem(s) must be fixed before sending</source>
            <translation>차단됨: 보내기 전에 문제 {count}개를 고쳐야 합니다</translation>
        </message>
        <message>
            <source>SENDABLE ({count} note(s) below)</source>
            <translation>보낼 수 있음 (아래 참고 {count}개)</translation>
        </message>
        <message>
            <source>SENDABLE</source>
            <translation>보낼 수 있음</translation>
        </message>
        <message>
            <source>ruleset {version}</source>
            <translation>규칙 {version}</translation>
        </message>
        <message>
            <source>attachment {name}</source>
            <translation>첨부 파일 {name}</translation>
        </message>
        <message>
            <source>body file {path} is not UTF-8 text</source>
            <translation>본문 파일 {path}은(는) UTF-8 텍스트가 아닙니다</translation>
        </message>
        <message>
            <source>unknown marketplace {code} (known: {known})</source>
            <translation>알 수 없는 마켓플레이스 {code} (알려진 것: {known})</translation>
        </message>
        <message>
            <source>cannot read body file {path}: {why}</source>
            <translation>본문 파일 {path}을(를) 읽을 수 없습니다: {why}</translation>
        </message>
        <message>
            <source>cannot read attachment {path}: {why}</source>
            <translation>첨부 파일 {path}을(를) 읽을 수 없습니다: {why}</translation>
        </message>
        <message>
            <source>database URL</source>
            <translation>데이터베이스 URL</translation>
        </message>
        <message>
            <source>schema</source>
            <translation>스키마</translation>
        </message>
        <message>
            <source>check is for SQLite stores</source>
            <translation>검사는 SQLite 저장소에만 쓸 수 있습니다</translation>
        </message>
        <message>
            <source>threads</source>
            <translation>대화</translation>
        </message>
        <message>
            <source>messages</source>
            <translation>메시지</translation>
        </message>
        <message>
            <source>orders</source>
            <translation>주문</translation>
        </message>
        <message>
            <source>buyers</source>
            <translation>구매자</translation>
        </message>
        <message>
            <source>{revision} (app: {head})</source>
            <translation>{revision} (앱: {head})</translation>
        </message>
        <message>
            <source>demo: {threads} threads, {messages} messages, {orders} orders in {seconds} s -&gt; {path}</source>
            <translation>데모: 대화 {threads}개, 메시지 {messages}개, 주문 {orders}건, {seconds}초 -&gt; {path}</translation>
        </message>
        <message>
            <source>demo needs --db PATH (the file to create)</source>
            <translation>demo에는 --db 경로(만들 파일)가 필요합니다</translation>
        </message>
        <message>
            <source>--threads must be at least 1</source>
            <translation>--threads는 1 이상이어야 합니다</translation>
        </message>
        <message>
            <source>the demo generator writes SQLite files only</source>
            <translation>데모 생성기는 SQLite 파일만 만듭니다</translation>
        </message>
        <message>
            <source>{path} already exists; use --force to replace it</source>
            <translation>{path}이(가) 이미 있습니다. 바꾸려면 --force를 사용하세요</translation>
        </message>
        <message>
            <source>demo: {done}/{total} threads</source>
            <translation>데모: 대화 {done}/{total}</translation>
        </message>
        <message>
            <source>Removed {count} file(s) under {path}.</source>
            <translation>{path} 아래 파일 {count}개를 삭제했습니다.</translation>
        </message>
        <message>
            <source>Seller Inbox is in your applications menu ({path}).</source>
            <translation>Seller Inbox가 응용 프로그램 메뉴에 있습니다 ({path}).</translation>
        </message>
        <message>
            <source>It starts {command}.</source>
            <translation>{command}을(를) 실행합니다.</translation>
        </message>
        <message>
            <source>Seller Inbox was not in the applications menu under {path}.</source>
            <translation>{path} 아래 응용 프로그램 메뉴에 Seller Inbox가 없었습니다.</translation>
        </message>
        <message>
            <source>reading the Maildir {path}</source>
            <translation>Maildir {path} 읽는 중</translation>
        </message>
        <message>
            <source>reading the folder of .eml files {path}</source>
            <translation>.eml 파일 폴더 {path} 읽는 중</translation>
        </message>
        <message>
            <source>reading the .eml file {path}</source>
            <translation>.eml 파일 {path} 읽는 중</translation>
        </message>
        <message>
            <source>{total} messages read: {imported} imported, {known} already known, {ignored} not relay mail (ignored), {unmatched} notices without a matching thread</source>
            <translation>메시지 {total}개 읽음: 가져옴 {imported}, 이미 있음 {known}, 릴레이 메일 아님(무시) {ignored}, 맞는 대화가 없는 알림 {unmatched}</translation>
        </message>
        <message>
            <source> (cancelled)</source>
            <translation> (취소됨)</translation>
        </message>
        <message>
            <source>reading the mbox file {path}</source>
            <translation>mbox 파일 {path} 읽는 중</translation>
        </message>
        <message>
            <source>, {count} only partly readable</source>
            <translation>, 일부만 읽을 수 있음 {count}</translation>
        </message>
        <message>
            <source>importing: {done}/{total}</source>
            <translation>가져오는 중: {done}/{total}</translation>
        </message>
        <message>
            <source>import stopped: {why}</source>
            <translation>가져오기 중단됨: {why}</translation>
        </message>
        <message>
            <source>{name}: {layout}, {rows} rows: {new} new orders, {updated} updated, {items} items, {skipped} rows skipped</source>
            <translation>{name}: {layout}, {rows}행: 새 주문 {new}건, 업데이트 {updated}건, 품목 {items}개, 건너뛴 행 {skipped}개</translation>
        </message>
        <message>
            <source>{name}: {done} / {total} rows</source>
            <translation>{name}: {done} / {total}행</translation>
        </message>
        <message>
            <source>, {count} threads linked</source>
            <translation>, 연결된 대화 {count}개</translation>
        </message>
        <message>
            <source>{path}: refused, nothing imported: {why}</source>
            <translation>{path}: 거부됨, 아무것도 가져오지 않았습니다: {why}</translation>
        </message>
        <message>
            <source>{path}: nothing imported: {why}</source>
            <translation>{path}: 아무것도 가져오지 않았습니다: {why}</translation>
        </message>
        <message>
            <source>line {line}: {reason}</source>
            <translation>{line}행: {reason}</translation>
        </message>
        <message>
            <source>... and {count} more</source>
            <translation>... 외 {count}개</translation>
        </message>
        <message>
            <source>--days must be one of {choices} (got {value})</source>
            <translation>--days는 {choices} 중 하나여야 합니다 (입력: {value})</translation>
        </message>
        <message>
            <source>--now must be a date and time in ISO 8601, e.g. 2026-03-01T09:00 (got {value})</source>
            <translation>--now는 ISO 8601 날짜와 시간이어야 합니다. 예: 2026-03-01T09:00 (입력: {value})</translation>
        </message>
        <message>
            <source>cannot write {path}: the folder {folder} does not exist</source>
            <translation>{path}에 쓸 수 없습니다: {folder} 폴더가 없습니다</translation>
        </message>
        <message>
            <source>Response times, {days} days to {now}, {marketplace}</source>
            <translation>응답 시간, {now}까지 {days}일, {marketplace}</translation>
        </message>
        <message>
            <source>Response times, {days} days to {now}</source>
            <translation>응답 시간, {now}까지 {days}일</translation>
        </message>
        <message>
            <source>within</source>
            <translation>기한 내</translation>
        </message>
        <message>
            <source>late</source>
            <translation>늦음</translation>
        </message>
        <message>
            <source>unanswered</source>
            <translation>미응답</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>대기</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>제외</translation>
        </message>
        <message>
            <source>late rate</source>
            <translation>지연율</translation>
        </message>
        <message>
            <source>average</source>
            <translation>평균</translation>
        </message>
        <message>
            <source>median</source>
            <translation>중앙값</translation>
        </message>
        <message>
            <source>By person</source>
            <translation>사람별</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>답장 완료</translation>
        </message>
        <message>
            <source>assigned</source>
            <translation>담당 지정</translation>
        </message>
        <message>
            <source>unknown marketplace {code}: use a code such as US, UK, DE</source>
            <translation>알 수 없는 마켓플레이스 {code}: US, UK, DE 같은 코드를 사용하세요</translation>
        </message>
        <message>
            <source>total</source>
            <translation>합계</translation>
        </message>
        <message>
            <source>cannot write {path}: {why}</source>
            <translation>{path}에 쓸 수 없습니다: {why}</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>--by-person needs a team inbox (this store has no seats)</source>
            <translation>--by-person에는 팀 받은편지함이 필요합니다 (이 저장소에는 좌석이 없습니다)</translation>
        </message>
        <message>
            <source>no SKU rules: every order is standard unless marked by hand</source>
            <translation>SKU 규칙이 없습니다. 직접 표시하지 않은 주문은 모두 일반 주문입니다</translation>
        </message>
        <message>
            <source>no SKU rule {pattern}</source>
            <translation>SKU 규칙 {pattern}이(가) 없습니다</translation>
        </message>
        <message>
            <source>another seat is fetching the team's mail (one seat at a time); this one only sends its outbox</source>
            <translation>다른 좌석이 팀의 메일을 가져오고 있습니다 (한 번에 한 좌석). 이 좌석은 보낼 편지함만 보냅니다</translation>
        </message>
        <message>
            <source>no mail account yet: add one with `inbox-app account add`</source>
            <translation>아직 메일 계정이 없습니다. `inbox-app account add`로 추가하세요</translation>
        </message>
        <message>
            <source>joined the team inbox at {where} as {person} (seat {seat})</source>
            <translation>{where}의 팀 받은편지함에 {person}(으)로 참여했습니다 (좌석 {seat})</translation>
        </message>
        <message>
            <source>left the team inbox at {where}; this seat opens its own file again</source>
            <translation>{where}의 팀 받은편지함에서 나왔습니다. 이 좌석은 다시 자체 파일을 엽니다</translation>
        </message>
        <message>
            <source>a team inbox is a PostgreSQL URL such as postgresql+psycopg://anna@db.example:5432/shop</source>
            <translation>팀 받은편지함은 postgresql+psycopg://anna@db.example:5432/shop 같은 PostgreSQL URL입니다</translation>
        </message>
        <message>
            <source>this seat is on no team inbox: join one with `inbox-app team join URL --name NAME`</source>
            <translation>이 좌석은 팀 받은편지함에 속해 있지 않습니다. `inbox-app team join URL --name 이름`으로 참여하세요</translation>
        </message>
        <message>
            <source>the database password stays in the keyring ({why})</source>
            <translation>데이터베이스 비밀번호는 키링에 남아 있습니다 ({why})</translation>
        </message>
        <message>
            <source>this seat is on no team inbox</source>
            <translation>이 좌석은 팀 받은편지함에 속해 있지 않습니다</translation>
        </message>
        <message>
            <source>left the team inbox on this machine; the server was not told ({why})</source>
            <translation>이 컴퓨터에서 팀 받은편지함을 나왔습니다. 서버에는 알리지 못했습니다 ({why})</translation>
        </message>
        <message>
            <source>left</source>
            <translation>나감</translation>
        </message>
        <message>
            <source>team inbox {url}</source>
            <translation>팀 받은편지함 {url}</translation>
        </message>
        <message>
            <source>(this seat)</source>
            <translation>(이 좌석)</translation>
        </message>
        <message>
            <source>seen {when} UTC</source>
            <translation>{when} UTC에 확인</translation>
        </message>
        <message>
            <source>{count} assigned</source>
            <translation>배정 {count}개</translation>
        </message>
        <message>
            <source>thread {thread} is assigned to nobody now</source>
            <translation>대화 {thread}은(는) 이제 아무에게도 배정되지 않았습니다</translation>
        </message>
        <message>
            <source>thread {thread} was assigned to nobody</source>
            <translation>대화 {thread}은(는) 아무에게도 배정되어 있지 않았습니다</translation>
        </message>
        <message>
            <source>thread {thread} assigned to {person}</source>
            <translation>대화 {thread}을(를) {person}에게 배정했습니다</translation>
        </message>
        <message>
            <source>this seat is on no team inbox: --me needs a seat (inbox-app team join URL --name NAME)</source>
            <translation>이 좌석은 팀 받은편지함에 속해 있지 않습니다. --me에는 좌석이 필요합니다 (inbox-app team join URL --name 이름)</translation>
        </message>
    </context>
    <context>
        <name>ComposePane</name>
        <message>
            <source>Attach files</source>
            <translation>파일 첨부</translation>
        </message>
        <message>
            <source>Documents and images (*.pdf *.doc *.docx *.jpg *.jpeg *.png *.gif *.txt);;All files (*)</source>
            <translation>문서 및 이미지 (*.pdf *.doc *.docx *.jpg *.jpeg *.png *.gif *.txt);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Insert a saved reply…  (Ctrl+Shift+T)</source>
            <translation>저장된 답장 삽입…  (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <source>Save this message as a saved reply…</source>
            <translation>이 메시지를 저장된 답장으로 저장…</translation>
        </message>
        <message>
            <source>This draft is open in another window.</source>
            <translation>이 초안은 다른 창에서 열려 있습니다.</translation>
        </message>
        <message>
            <source>Only %1 of the %2 pasted characters were added: a message holds at most %3.</source>
            <translation>붙여 넣은 %2자 중 %1자만 추가되었습니다. 메시지는 최대 %3자까지 담을 수 있습니다.</translation>
        </message>
        <message>
            <source>Draft not saved yet: {error}</source>
            <translation>초안을 아직 저장하지 못했습니다: {error}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>저장 중…</translation>
        </message>
        <message>
            <source>The team server cannot be reached: your draft is kept on this computer and saved to the team inbox when the server is back.</source>
            <translation>팀 서버에 연결할 수 없습니다. 초안은 이 컴퓨터에 보관되며, 서버가 돌아오면 팀 받은편지함에 저장됩니다.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>저장 안 됨</translation>
        </message>
        <message>
            <source>Saving before closing…</source>
            <translation>닫기 전에 저장 중…</translation>
        </message>
        <message>
            <source>Choose which text to keep first (above).</source>
            <translation>먼저 어느 글을 남길지 선택하세요(위).</translation>
        </message>
        <message>
            <source>This draft was changed in another window.</source>
            <translation>이 임시 보관 메시지가 다른 창에서 변경되었습니다.</translation>
        </message>
        <message>
            <source>Kept on this computer</source>
            <translation>이 컴퓨터에 보관됨</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>저장됨</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Write to the buyer… (plain text; drop or paste files to attach)</source>
            <translation>구매자에게 메시지 작성… (일반 텍스트, 파일을 끌어 놓거나 붙여 넣어 첨부)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>메시지</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>첨부 파일</translation>
        </message>
        <message>
            <source>Attach…</source>
            <translation>첨부…</translation>
        </message>
        <message>
            <source>Attach files: PDF, Word, JPEG, PNG, GIF or text, 7 MB in all (Ctrl+Shift+A)</source>
            <translation>파일 첨부: PDF, Word, JPEG, PNG, GIF 또는 텍스트, 합계 7 MB (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>제거</translation>
        </message>
        <message>
            <source>Remove the selected attachment (Delete)</source>
            <translation>선택한 첨부 파일 제거 (Delete)</translation>
        </message>
        <message>
            <source>Problems Amazon would object to</source>
            <translation>Amazon에서 문제 삼을 수 있는 항목</translation>
        </message>
        <message>
            <source>Saved replies…</source>
            <translation>저장된 답장…</translation>
        </message>
        <message>
            <source>Insert a saved reply (Ctrl+Shift+T)</source>
            <translation>저장된 답장 삽입 (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>보내기</translation>
        </message>
        <message>
            <source>{used} of {limit}</source>
            <translation>{used} / {limit}</translation>
        </message>
        <message>
            <source>All attachments together may not exceed {limit}.</source>
            <translation>첨부 파일 합계는 최대 {limit}입니다.</translation>
        </message>
        <message>
            <source>Compose</source>
            <translation>작성</translation>
        </message>
        <message>
            <source>Edit saved replies…</source>
            <translation>저장된 답장 편집…</translation>
        </message>
        <message>
            <source>Attach files…</source>
            <translation>파일 첨부…</translation>
        </message>
        <message>
            <source>Insert a saved reply…</source>
            <translation>저장된 답장 넣기…</translation>
        </message>
        <message>
            <source>Undo send</source>
            <translation>보내기 취소</translation>
        </message>
        <message>
            <source>Replace {placeholder} with your name, or set your name and signature under Saved replies… › Your name and signature…</source>
            <translation>{placeholder}을(를) 이름으로 바꾸거나, 저장된 답장… › 이름과 서명…에서 이름과 서명을 설정하세요.</translation>
        </message>
        <message>
            <source>Replace {placeholder}: the buyer would read it as it stands.</source>
            <translation>{placeholder}을(를) 바꾸세요. 구매자에게 그대로 보입니다.</translation>
        </message>
        <message>
            <source>Not queued: the draft could not be saved first; it is kept here.</source>
            <translation>대기열에 넣지 못했습니다: 먼저 초안을 저장하지 못했습니다. 초안은 여기에 그대로 있습니다.</translation>
        </message>
        <message>
            <source>The store is busy (another program is writing); your draft is kept: send it again in a moment.</source>
            <translation>저장소가 사용 중입니다(다른 프로그램이 쓰는 중). 임시 보관 메시지는 유지됩니다. 잠시 후 다시 보내세요.</translation>
        </message>
        <message>
            <source>The message could not be queued; it is kept.</source>
            <translation>메시지를 대기열에 넣지 못했습니다. 메시지는 유지됩니다.</translation>
        </message>
        <message>
            <source>Putting the message in the outbox…</source>
            <translation>메시지를 보낼 편지함에 넣는 중…</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <translation>보내지 않음: {reason}</translation>
        </message>
        <message>
            <source>Order {order} has no buyer address yet: import the order's messages or wait for the buyer's first message.</source>
            <translation>주문 {order}에 아직 구매자 주소가 없습니다. 주문의 메시지를 가져오거나 구매자의 첫 메시지를 기다리십시오.</translation>
        </message>
        <message>
            <source>Write the reply first, then save it.</source>
            <translation>먼저 답장을 작성한 뒤 저장하십시오.</translation>
        </message>
        <message>
            <source>the store could not be written; your text is kept</source>
            <translation>저장소에 쓸 수 없습니다. 작성한 글은 유지됩니다</translation>
        </message>
        <message>
            <source>Adds {tag} to the start of the subject (Ctrl+I). A buyer who opted out of unsolicited messages still receives a message with this tag, but only when it is critical to the order: a shipping or address problem, customization, delivery scheduling, cancellation. Using it on anything else (thanks, review requests, offers) is misuse that Amazon may penalise.</source>
            <translation>제목 앞에 {tag}을(를) 붙입니다(Ctrl+I). 원치 않는 메시지의 수신을 거부한 구매자도 이 태그가 붙은 메시지는 받지만, 배송 또는 주소 문제, 맞춤 제작, 배송 일정, 취소처럼 주문에 꼭 필요한 경우에만 해당합니다. 그 밖의 용도(감사 인사, 리뷰 요청, 혜택 제안)로 사용하는 것은 오용이며 Amazon에서 불이익을 줄 수 있습니다.</translation>
        </message>
        <message>
            <source>This buyer opted out of unsolicited messages; a reply to the buyer's own message is still delivered.</source>
            <translation>이 구매자는 원치 않는 메시지의 수신을 거부했습니다. 구매자가 보낸 메시지에 대한 답장은 그대로 전달됩니다.</translation>
        </message>
        <message>
            <source>Saved as the reply “{name}”.</source>
            <translation>“{name}” 답장으로 저장했습니다.</translation>
        </message>
        <message>
            <source>This buyer opted out of unsolicited messages. Send only what the order needs (shipping, address, customization, delivery), with {tag} in the subject.</source>
            <translation>이 구매자는 원치 않는 메시지의 수신을 거부했습니다. 주문에 필요한 내용(배송, 주소, 맞춤 제작, 배달)만 제목에 {tag}을(를) 붙여 보내십시오.</translation>
        </message>
        <message>
            <source>To {buyer} · order {order}</source>
            <translation>받는 사람: {buyer} · 주문 {order}</translation>
        </message>
        <message>
            <source>Not saved: {why}</source>
            <translation>저장하지 못했습니다: {why}</translation>
        </message>
        <message>
            <source>To {buyer}</source>
            <translation>받는 사람: {buyer}</translation>
        </message>
        <message>
            <source>Message queued. Undo with Ctrl+Z while the countdown runs.</source>
            <translation>메시지를 대기열에 넣었습니다. 카운트다운 중에는 Ctrl+Z로 취소할 수 있습니다.</translation>
        </message>
        <message>
            <source>Sending undone: the message is a draft again.</source>
            <translation>보내기를 취소했습니다. 메시지가 다시 초안이 되었습니다.</translation>
        </message>
        <message>
            <source>Too late to undo: the message has left the queue.</source>
            <translation>취소하기에는 너무 늦었습니다. 메시지가 이미 대기열을 떠났습니다.</translation>
        </message>
        <message>
            <source>Save as a saved reply</source>
            <translation>저장된 답장으로 저장</translation>
        </message>
        <message>
            <source>Name (the buyer's name, order id and product become placeholders):</source>
            <translation>이름(구매자 이름, 주문 번호, 상품은 자리 표시자로 바뀝니다):</translation>
        </message>
        <message>
            <source>Your name and signature…</source>
            <translation>이름과 서명…</translation>
        </message>
    </context>
    <context>
        <name>ComposeWindow</name>
        <message>
            <source>Message to the buyer · order {order}</source>
            <translation>구매자에게 보내는 메시지 · 주문 {order}</translation>
        </message>
        <message>
            <source>Message to the buyer</source>
            <translation>구매자에게 보내는 메시지</translation>
        </message>
    </context>
    <context>
        <name>ConfirmResendDialog</name>
        <message>
            <source>Send again?</source>
            <translation>다시 보낼까요?</translation>
        </message>
        <message>
            <source>“{subject}” may already have reached the buyer.</source>
            <translation>“{subject}”은(는) 이미 구매자에게 도착했을 수 있습니다.</translation>
        </message>
        <message>
            <source>Send it again only if the buyer's messages in Seller Central show that it did not arrive: otherwise the buyer gets it twice.</source>
            <translation>Seller Central의 구매자 메시지에서 도착하지 않은 것이 확인될 때만 다시 보내세요. 그렇지 않으면 구매자가 두 번 받게 됩니다.</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>다시 보내기</translation>
        </message>
        <message>
            <source>Don't send</source>
            <translation>보내지 않기</translation>
        </message>
    </context>
    <context>
        <name>ConfirmWarningsDialog</name>
        <message>
            <source>Send despite warnings?</source>
            <translation>경고를 무시하고 보내시겠습니까?</translation>
        </message>
        <message>
            <source>Amazon may not deliver this message, or may count it against your account. Check each point before sending:</source>
            <translation>Amazon이 이 메시지를 전달하지 않거나 계정에 불리하게 반영할 수 있습니다. 보내기 전에 각 항목을 확인하십시오:</translation>
        </message>
        <message>
            <source>Send &amp;anyway</source>
            <translation>그래도 보내기(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>ConnectionsBox</name>
        <message>
            <source>Saved connections</source>
            <translation>저장된 연결</translation>
        </message>
        <message>
            <source>Saved Amazon connections</source>
            <translation>저장된 Amazon 연결</translation>
        </message>
        <message>
            <source>Each connection with its marketplaces and how far its orders are synced</source>
            <translation>각 연결의 마켓플레이스와 주문 동기화 시점</translation>
        </message>
        <message>
            <source>T&amp;est connection</source>
            <translation>연결 테스트(&amp;E)</translation>
        </message>
        <message>
            <source>Asks Login with Amazon whether the saved secrets still work</source>
            <translation>저장된 비밀 정보가 아직 유효한지 Login with Amazon에 확인합니다</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>제거(&amp;M)…</translation>
        </message>
        <message>
            <source>Removes the connection and its secrets from the keyring; orders stay</source>
            <translation>연결과 키링의 비밀 정보를 제거합니다. 주문은 남습니다</translation>
        </message>
        <message>
            <source>orders synced to %1</source>
            <translation>%1까지 주문 동기화됨</translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>아직 동기화 안 됨</translation>
        </message>
        <message>
            <source>no secrets in the keyring</source>
            <translation>키링에 비밀 정보 없음</translation>
        </message>
        <message>
            <source>Asking Login with Amazon…</source>
            <translation>Login with Amazon에 확인 중…</translation>
        </message>
        <message>
            <source>Remove connection</source>
            <translation>연결 제거</translation>
        </message>
        <message>
            <source>Remove the Amazon connection '%1' and its secrets? Its orders stay in the inbox.</source>
            <translation>Amazon 연결 '%1'과(와) 비밀 정보를 제거할까요? 주문은 받은편지함에 남습니다.</translation>
        </message>
        <message>
            <source>Removed the connection '%1'.</source>
            <translation>연결 '%1'을(를) 제거했습니다.</translation>
        </message>
    </context>
    <context>
        <name>Conversation</name>
        <message>
            <source>Amazon notice: not delivered (buyer opted out)</source>
            <translation>Amazon 알림: 전달되지 않음(구매자 수신 거부)</translation>
        </message>
        <message>
            <source>Amazon notice: blocked by Amazon's guidelines</source>
            <translation>Amazon 알림: Amazon 가이드라인에 따라 차단됨</translation>
        </message>
        <message>
            <source>sent via Amazon (Amazon message)</source>
            <translation>Amazon을 통해 보냄 (Amazon 메시지)</translation>
        </message>
        <message>
            <source>Amazon notice: copy of a reply sent from Seller Central</source>
            <translation>Amazon 알림: Seller Central에서 보낸 답장의 사본</translation>
        </message>
        <message>
            <source>Amazon notice</source>
            <translation>Amazon 알림</translation>
        </message>
        <message>
            <source>received</source>
            <translation>받음</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>보냄</translation>
        </message>
        <message>
            <source>queued in the outbox</source>
            <translation>보낼 편지함에서 대기 중</translation>
        </message>
        <message>
            <source>sending…</source>
            <translation>보내는 중…</translation>
        </message>
        <message>
            <source>failed to send</source>
            <translation>보내기 실패</translation>
        </message>
        <message>
            <source>bounced</source>
            <translation>반송됨</translation>
        </message>
        <message>
            <source>may have been sent (status unknown)</source>
            <translation>보냈을 수 있음(상태 알 수 없음)</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>초안</translation>
        </message>
        <message>
            <source>Sent by %1</source>
            <translation>보낸 사람: %1</translation>
        </message>
        <message>
            <source>Written by %1</source>
            <translation>작성: %1</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>구매자</translation>
        </message>
        <message>
            <source>You</source>
            <translation>나</translation>
        </message>
        <message>
            <source>Amazon</source>
            <translation>Amazon</translation>
        </message>
        <message>
            <source>Select a thread to read it.</source>
            <translation>읽을 대화를 선택하십시오.</translation>
        </message>
        <message>
            <source>Show formatted version</source>
            <translation>서식 있는 버전 보기</translation>
        </message>
        <message>
            <source>No thread selected</source>
            <translation>선택한 대화 없음</translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>(제목 없음)</translation>
        </message>
        <message>
            <source>No response needed: the clock is stopped</source>
            <translation>응답 필요 없음: 응답 타이머 멈춤</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>오류: %1</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>메시지 본문</translation>
        </message>
        <message>
            <source>Show more (page %1 of %2)</source>
            <translation>더 보기 (%2쪽 중 %1쪽)</translation>
        </message>
        <message>
            <source>Reading the conversation…</source>
            <translation>대화를 읽는 중…</translation>
        </message>
        <message>
            <source>order %1</source>
            <translation>주문 %1</translation>
        </message>
        <message>
            <source>Assigned to %1</source>
            <translation>담당: %1</translation>
        </message>
        <message>
            <source>Reply within %1</source>
            <translation>%1 안에 답장</translation>
        </message>
        <message>
            <source>Reply %1</source>
            <translation>답장 기한 %1</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>답장 완료</translation>
        </message>
    </context>
    <context>
        <name>DeadlineAlerts</name>
        <message>
            <source>Dismiss</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1시간</translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>(제목 없음)</translation>
        </message>
        <message>
            <source>A reply is due within %1</source>
            <translation>%1 이내에 답장해야 합니다</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>외 %1건</translation>
        </message>
        <message>
            <source>%1 replies are due within %2</source>
            <translation>%2 이내에 답장 %1건의 기한이 됩니다</translation>
        </message>
        <message>
            <source>No reply due soon</source>
            <translation>곧 기한이 되는 답장이 없습니다</translation>
        </message>
        <message>
            <source>%1 threads due within the alert window</source>
            <translation>알림 기간 내 기한인 스레드 %1개</translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <source>&amp;Getting started</source>
            <translation>시작하기(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>모양(&amp;A)</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>시스템 설정 따르기(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>밝게(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>어둡게(&amp;D)</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>시작하기</translation>
        </message>
    </context>
    <context>
        <name>DraftConflictBar</name>
        <message>
            <source>This draft was changed in another window. Yours is kept below; theirs is shown here. Choose which to keep:</source>
            <translation>이 임시 보관 메시지가 다른 창에서 변경되었습니다. 내 글은 아래에 유지되고, 다른 창의 글은 여기에 표시됩니다. 남길 글을 선택하세요:</translation>
        </message>
        <message>
            <source>The text saved in the other window</source>
            <translation>다른 창에서 저장된 글</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>내 글 유지</translation>
        </message>
        <message>
            <source>Use theirs</source>
            <translation>다른 창의 글 사용</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>둘 다 유지</translation>
        </message>
        <message>
            <source>Their text is added below yours</source>
            <translation>다른 창의 글을 내 글 아래에 덧붙입니다</translation>
        </message>
        <message>
            <source>(the other window discarded the draft)</source>
            <translation>(다른 창에서 임시 보관 메시지를 삭제했습니다)</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>Blocks sending</source>
            <translation>전송 차단</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>경고</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>참고</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Getting started</source>
            <translation>시작하기</translation>
        </message>
        <message>
            <source>Welcome to Seller Inbox</source>
            <translation>Seller Inbox에 오신 것을 환영합니다</translation>
        </message>
        <message>
            <source>Your inbox is empty. Four steps bring your Amazon buyer messages here:</source>
            <translation>받은편지함이 비어 있습니다. 네 단계를 거치면 아마존 구매자 메시지가 여기에 표시됩니다:</translation>
        </message>
        <message>
            <source>Connect your business mailbox</source>
            <translation>업무용 메일함 연결</translation>
        </message>
        <message>
            <source>Amazon relays buyer messages to the e-mail address of your seller account. Add that mailbox (IMAP to receive, SMTP to reply) so Seller Inbox can read and answer them.</source>
            <translation>아마존은 구매자 메시지를 판매자 계정의 이메일 주소로 전달합니다. 그 메일함(수신은 IMAP, 답장은 SMTP)을 추가하면 Seller Inbox가 메시지를 읽고 답할 수 있습니다.</translation>
        </message>
        <message>
            <source>Make relay mail complete in Seller Central</source>
            <translation>Seller Central에서 전달 메일 설정 완료</translation>
        </message>
        <message>
            <source>In Seller Central, Settings › Notification Preferences › Messaging: send &lt;i&gt;Buyer Messages&lt;/i&gt;, &lt;i&gt;opt-out notices&lt;/i&gt; and &lt;i&gt;delivery failures&lt;/i&gt; to this mailbox. Then, in Settings › Messaging Permissions, authorize the sender address you reply from: Amazon drops replies from any other address.</source>
            <translation>Seller Central의 설정 › 알림 기본 설정 › 메시지에서 &lt;i&gt;구매자 메시지&lt;/i&gt;, &lt;i&gt;수신 거부 알림&lt;/i&gt;, &lt;i&gt;배달 실패&lt;/i&gt;를 이 메일함으로 보내도록 하세요. 그런 다음 설정 › 메시지 권한에서 답장에 쓰는 발신 주소를 승인하세요. 아마존은 다른 주소에서 보낸 답장을 버립니다.</translation>
        </message>
        <message>
            <source>I have changed these settings</source>
            <translation>이 설정을 변경했습니다</translation>
        </message>
        <message>
            <source>Marks the Seller Central step as done; nothing is sent to Amazon</source>
            <translation>Seller Central 단계를 완료로 표시합니다. 아마존에는 아무것도 보내지 않습니다</translation>
        </message>
        <message>
            <source>Bring in your orders</source>
            <translation>주문 가져오기</translation>
        </message>
        <message>
            <source>Import an order report downloaded from Seller Central (Reports › Fulfillment › All Orders), or connect the Selling Partner API, so each conversation shows its order.</source>
            <translation>Seller Central에서 내려받은 주문 보고서(보고서 › 주문 처리 › 모든 주문)를 가져오거나 Selling Partner API를 연결하면 대화마다 해당 주문이 표시됩니다.</translation>
        </message>
        <message>
            <source>Connect Selling Partner API…</source>
            <translation>Selling Partner API 연결…</translation>
        </message>
        <message>
            <source>Connects the store to Amazon's Selling Partner API</source>
            <translation>저장소를 아마존 Selling Partner API에 연결합니다</translation>
        </message>
        <message>
            <source>Just looking?</source>
            <translation>둘러보기만 하시나요?</translation>
        </message>
        <message>
            <source>Open the demo: a made-up shop with 3,000 conversations in seven marketplaces. Nothing in it is sent anywhere.</source>
            <translation>데모를 여세요: 7개 마켓플레이스에 대화 3,000개가 있는 가상의 상점입니다. 어디에도 아무것도 보내지 않습니다.</translation>
        </message>
        <message>
            <source>Each step can be done later from the menus: Mail › Add account…, File › Import orders…, and Help › Getting started brings this guide back.</source>
            <translation>각 단계는 나중에 메뉴에서 할 수 있습니다: 메일 › 계정 추가…, 파일 › 주문 가져오기…, 도움말 › 시작하기를 누르면 이 안내가 다시 나타납니다.</translation>
        </message>
        <message>
            <source>Close the guide</source>
            <translation>안내 닫기</translation>
        </message>
        <message>
            <source>Hides this guide; Help › Getting started shows it</source>
            <translation>이 안내를 숨깁니다. 도움말 › 시작하기로 다시 볼 수 있습니다</translation>
        </message>
        <message>
            <source>Add mail account…</source>
            <translation>메일 계정 추가…</translation>
        </message>
        <message>
            <source>Opens the mail account dialog</source>
            <translation>메일 계정 대화 상자를 엽니다</translation>
        </message>
        <message>
            <source>Import order report…</source>
            <translation>주문 보고서 가져오기…</translation>
        </message>
        <message>
            <source>Opens a file chooser for Seller Central order reports</source>
            <translation>Seller Central 주문 보고서를 고르는 창을 엽니다</translation>
        </message>
        <message>
            <source>Open the demo</source>
            <translation>데모 열기</translation>
        </message>
        <message>
            <source>Opens a second window on the demo store</source>
            <translation>데모 저장소로 두 번째 창을 엽니다</translation>
        </message>
        <message>
            <source>Step %1, done</source>
            <translation>%1단계, 완료</translation>
        </message>
        <message>
            <source>Step %1</source>
            <translation>%1단계</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>%1 m</source>
            <translation>%1분</translation>
        </message>
        <message>
            <source>overdue %1 m</source>
            <translation>%1분 지남</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n}KB</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n}MB</translation>
        </message>
        <message>
            <source>overdue %1 h</source>
            <translation>%1시간 지남</translation>
        </message>
        <message>
            <source>overdue %1 d</source>
            <translation>%1일 지남</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1일 %2시간</translation>
        </message>
        <message>
            <source>%1 h %2 m</source>
            <translation>%1시간 %2분</translation>
        </message>
    </context>
    <context>
        <name>LiveCheck</name>
        <message>
            <source>An attachment is still being checked.</source>
            <translation>첨부 파일을 아직 확인하는 중입니다.</translation>
        </message>
        <message>
            <source>{name}: {why}</source>
            <translation>{name}: {why}</translation>
        </message>
        <message>
            <source>The message is empty.</source>
            <translation>메시지가 비어 있습니다.</translation>
        </message>
        <message>
            <source>No conversation selected.</source>
            <translation>선택한 대화가 없습니다.</translation>
        </message>
        <message>
            <source>Cannot send yet:</source>
            <translation>아직 보낼 수 없습니다:</translation>
        </message>
        <message>
            <source>Put the message in the outbox (Ctrl+Enter)</source>
            <translation>메시지를 보낼 편지함에 넣기 (Ctrl+Enter)</translation>
        </message>
    </context>
    <context>
        <name>MailErrors</name>
        <message>
            <source>The {what} server name '{host}' was not found. Check the host name.</source>
            <translation>{what} 서버 이름 '{host}'을(를) 찾을 수 없습니다. 호스트 이름을 확인하세요.</translation>
        </message>
        <message>
            <source>The certificate of the {what} server {host}:{port} could not be verified ({detail}). If this is your own server, set the account's CA file to its certificate.</source>
            <translation>{what} 서버 {host}:{port}의 인증서를 확인할 수 없습니다({detail}). 직접 운영하는 서버라면 계정의 CA 파일을 그 인증서로 지정하세요.</translation>
        </message>
        <message>
            <source>A secure (TLS) connection to the {what} server {host}:{port} failed ({detail}). Check the port and TLS mode.</source>
            <translation>{what} 서버 {host}:{port}에 대한 보안(TLS) 연결에 실패했습니다({detail}). 포트와 TLS 모드를 확인하세요.</translation>
        </message>
        <message>
            <source>The {what} server {host}:{port} did not answer in time.</source>
            <translation>{what} 서버 {host}:{port}이(가) 제시간에 응답하지 않았습니다.</translation>
        </message>
        <message>
            <source>The {what} server {host}:{port} refused the connection. Check the port, or try again later.</source>
            <translation>{what} 서버 {host}:{port}이(가) 연결을 거부했습니다. 포트를 확인하거나 나중에 다시 시도하세요.</translation>
        </message>
        <message>
            <source>The connection to the {what} server {host}:{port} was lost.</source>
            <translation>{what} 서버 {host}:{port}과(와)의 연결이 끊어졌습니다.</translation>
        </message>
        <message>
            <source>Could not connect to the {what} server {host}:{port}: {detail}.</source>
            <translation>{what} 서버 {host}:{port}에 연결할 수 없습니다: {detail}.</translation>
        </message>
        <message>
            <source>The {what} server {host}:{port} answered unexpectedly: {detail}</source>
            <translation>{what} 서버 {host}:{port}이(가) 예상치 못한 응답을 했습니다: {detail}</translation>
        </message>
        <message>
            <source>The {what} server {host}:{port} is set up without TLS; Seller Inbox will not send the password unencrypted over the network (choose TLS or STARTTLS, or no authentication if the server needs none).</source>
            <translation>{what} 서버 {host}:{port}이(가) TLS 없이 설정되어 있습니다. Seller Inbox는 네트워크로 비밀번호를 암호화하지 않고 보내지 않습니다(TLS나 STARTTLS를 선택하거나, 서버에 인증이 필요 없으면 인증 없음을 선택하세요).</translation>
        </message>
        <message>
            <source>The certificate file '{path}' could not be read ({detail}).</source>
            <translation>인증서 파일 '{path}'을(를) 읽을 수 없습니다({detail}).</translation>
        </message>
        <message>
            <source>The IMAP server {host}:{port} skipped login (PREAUTH) before STARTTLS; the connection was refused for safety.</source>
            <translation>IMAP 서버 {host}:{port}이(가) STARTTLS 전에 로그인을 건너뛰었습니다(PREAUTH). 안전을 위해 연결을 거부했습니다.</translation>
        </message>
        <message>
            <source>The IMAP server {host}:{port} does not offer STARTTLS; Seller Inbox will not send the password unencrypted. Check the port and TLS mode.</source>
            <translation>IMAP 서버 {host}:{port}이(가) STARTTLS를 제공하지 않습니다. Seller Inbox는 비밀번호를 암호화하지 않고 보내지 않습니다. 포트와 TLS 모드를 확인하세요.</translation>
        </message>
        <message>
            <source>The IMAP server {host} could not check the login right now ({detail}). Try again later.</source>
            <translation>IMAP 서버 {host}이(가) 지금은 로그인을 확인할 수 없습니다({detail}). 나중에 다시 시도하세요.</translation>
        </message>
        <message>
            <source>The {what} server {host} refused the user name or password for '{user}'.</source>
            <translation>{what} 서버 {host}이(가) '{user}'의 사용자 이름 또는 비밀번호를 거부했습니다.</translation>
        </message>
        <message>
            <source>The connection to the IMAP server {host} was lost ({detail}). Sync will resume where it stopped.</source>
            <translation>IMAP 서버 {host}과(와)의 연결이 끊어졌습니다({detail}). 동기화는 멈춘 곳부터 다시 시작됩니다.</translation>
        </message>
        <message>
            <source>The IMAP server {host} answered unexpectedly: {detail}</source>
            <translation>IMAP 서버 {host}이(가) 예상치 못한 응답을 했습니다: {detail}</translation>
        </message>
        <message>
            <source>The folder '{folder}' does not exist on the IMAP server.</source>
            <translation>IMAP 서버에 '{folder}' 폴더가 없습니다.</translation>
        </message>
        <message>
            <source>The SMTP server {host}:{port} does not offer STARTTLS; Seller Inbox will not send the password unencrypted.</source>
            <translation>SMTP 서버 {host}:{port}이(가) STARTTLS를 제공하지 않습니다. Seller Inbox는 비밀번호를 암호화하지 않고 보내지 않습니다.</translation>
        </message>
        <message>
            <source>The SMTP server {host} answered: {answer}</source>
            <translation>SMTP 서버 {host}의 응답: {answer}</translation>
        </message>
        <message>
            <source>The SMTP server {host}:{port} does not offer login (AUTH) here. Check the port and TLS mode, or choose no authentication for this account.</source>
            <translation>SMTP 서버 {host}:{port}이(가) 여기서는 로그인(AUTH)을 제공하지 않습니다. 포트와 TLS 모드를 확인하거나 이 계정에 인증 없음을 선택하세요.</translation>
        </message>
        <message>
            <source>{what} connection and login work.</source>
            <translation>{what} 연결과 로그인이 정상입니다.</translation>
        </message>
        <message>
            <source>The mail server asked to try later: {answer}</source>
            <translation>메일 서버가 나중에 다시 시도하라고 했습니다: {answer}</translation>
        </message>
        <message>
            <source>The mail server refused the message: {answer}</source>
            <translation>메일 서버가 메시지를 거부했습니다: {answer}</translation>
        </message>
        <message>
            <source>The message could not be built: {detail}</source>
            <translation>메시지를 만들 수 없습니다: {detail}</translation>
        </message>
        <message>
            <source>{reason} Nothing was sent.</source>
            <translation>{reason} 아무것도 보내지 않았습니다.</translation>
        </message>
        <message>
            <source>The connection was lost after the message was handed to the server: it may have been sent. It will not be resent automatically.</source>
            <translation>메시지를 서버에 넘긴 뒤 연결이 끊어졌습니다. 보내졌을 수 있습니다. 자동으로 다시 보내지 않습니다.</translation>
        </message>
        <message>
            <source>Gave up after {count} attempts: {reason}</source>
            <translation>{count}번 시도한 뒤 포기했습니다: {reason}</translation>
        </message>
        <message>
            <source>An account needs a name.</source>
            <translation>계정에는 이름이 필요합니다.</translation>
        </message>
        <message>
            <source>'{address}' is not an e-mail address.</source>
            <translation>'{address}'은(는) 이메일 주소가 아닙니다.</translation>
        </message>
        <message>
            <source>The {what} server name is missing.</source>
            <translation>{what} 서버 이름이 없습니다.</translation>
        </message>
        <message>
            <source>The {what} port {port} is not a valid port number.</source>
            <translation>{what} 포트 {port}은(는) 올바른 포트 번호가 아닙니다.</translation>
        </message>
        <message>
            <source>The {what} TLS mode must be one of {modes}.</source>
            <translation>{what} TLS 모드는 {modes} 중 하나여야 합니다.</translation>
        </message>
        <message>
            <source>Unknown marketplace code(s): {codes}.</source>
            <translation>알 수 없는 마켓플레이스 코드: {codes}.</translation>
        </message>
        <message>
            <source>Choose at least one folder to watch.</source>
            <translation>확인할 폴더를 하나 이상 선택하세요.</translation>
        </message>
        <message>
            <source>There is no account named '{name}'.</source>
            <translation>'{name}'(이)라는 계정이 없습니다.</translation>
        </message>
        <message>
            <source>An account named '{name}' already exists.</source>
            <translation>'{name}'(이)라는 계정이 이미 있습니다.</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path}이(가) 없습니다.</translation>
        </message>
        <message>
            <source>{path} is not an mbox file, a Maildir or a folder of .eml files.</source>
            <translation>{path}은(는) mbox 파일, Maildir, .eml 파일 폴더가 아닙니다.</translation>
        </message>
        <message>
            <source>connecting to {host}</source>
            <translation>{host}에 연결하는 중</translation>
        </message>
        <message>
            <source>sending the outbox</source>
            <translation>보낼 편지함을 보내는 중</translation>
        </message>
        <message>
            <source>{reason} Retrying in {seconds} s.</source>
            <translation>{reason} {seconds}초 후에 다시 시도합니다.</translation>
        </message>
        <message>
            <source>{account}: fetched {fetched}, imported {imported}, already known {known}, not relay mail {ignored}</source>
            <translation>{account}: 가져옴 {fetched}, 추가 {imported}, 이미 있음 {known}, 릴레이 메일 아님 {ignored}</translation>
        </message>
        <message>
            <source>{account}: fetched {fetched}, imported {imported}, already known {known}, not relay mail {ignored}, confirmed sent {confirmed}</source>
            <translation>{account}: 가져옴 {fetched}, 추가 {imported}, 이미 있음 {known}, 릴레이 메일 아님 {ignored}, 보낸 것으로 확인 {confirmed}</translation>
        </message>
        <message>
            <source>{account}: sent {sent}, failed {failed}, uncertain {uncertain}, will retry {retrying}, held by policy {held}</source>
            <translation>{account}: 보냄 {sent}, 실패 {failed}, 불확실 {uncertain}, 재시도 예정 {retrying}, 정책으로 보류 {held}</translation>
        </message>
        <message>
            <source>1 message may have been sent ({subjects}) and waits for you to decide: check the buyer's thread, then resend, mark as sent or discard it in the window.</source>
            <translation>메시지 1개가 보내졌을 수 있으며({subjects}) 결정을 기다립니다. 구매자와의 대화를 확인한 다음 창에서 다시 보내거나, 보낸 것으로 표시하거나, 버리세요.</translation>
        </message>
        <message>
            <source>{count} messages may have been sent ({subjects}) and wait for you to decide: check the buyer's thread, then resend, mark as sent or discard them in the window.</source>
            <translation>메시지 {count}개가 보내졌을 수 있으며({subjects}) 결정을 기다립니다. 구매자와의 대화를 확인한 다음 창에서 다시 보내거나, 보낸 것으로 표시하거나, 버리세요.</translation>
        </message>
    </context>
    <context>
        <name>MailMenu</name>
        <message>
            <source>Password needed</source>
            <translation>비밀번호 필요</translation>
        </message>
        <message>
            <source>&amp;Mail</source>
            <translation>메일(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Add account…</source>
            <translation>계정 추가(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Send and receive</source>
            <translation>보내기 및 받기(&amp;S)</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>중지(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>계정 제거(&amp;R)…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>계정 제거</translation>
        </message>
        <message>
            <source>Account to remove:</source>
            <translation>제거할 계정:</translation>
        </message>
        <message>
            <source>Mail account</source>
            <translation>메일 계정</translation>
        </message>
        <message>
            <source>Password for the mail account “%1” (kept only until you close Seller Inbox):</source>
            <translation>메일 계정 “%1”의 비밀번호(Seller Inbox를 닫을 때까지만 보관):</translation>
        </message>
        <message>
            <source>No mail account</source>
            <translation>메일 계정 없음</translation>
        </message>
        <message>
            <source>There is no mail account to remove.</source>
            <translation>제거할 메일 계정이 없습니다.</translation>
        </message>
        <message>
            <source>Remove “%1” and forget its password? Its threads and messages stay.</source>
            <translation>“%1” 계정을 제거하고 비밀번호를 삭제하시겠습니까? 대화와 메시지는 그대로 남습니다.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Thread</source>
            <translation>대화(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>설정(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Import orders…</source>
            <translation>주문 가져오기(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>종료(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Find threads</source>
            <translation>대화 찾기(&amp;F)</translation>
        </message>
        <message>
            <source>Find &amp;orders</source>
            <translation>주문 찾기(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Inbox</source>
            <translation>받은 편지함(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Orders</source>
            <translation>주문(&amp;O)</translation>
        </message>
        <message>
            <source>Go to thread &amp;list</source>
            <translation>대화 목록으로 이동(&amp;L)</translation>
        </message>
        <message>
            <source>Go to &amp;saved views</source>
            <translation>저장된 보기로 이동(&amp;S)</translation>
        </message>
        <message>
            <source>Sort by &amp;urgency</source>
            <translation>긴급도순 정렬(&amp;U)</translation>
        </message>
        <message>
            <source>Sort by last &amp;activity</source>
            <translation>최근 활동순 정렬(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>새로 고침(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Next thread</source>
            <translation>다음 대화(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous thread</source>
            <translation>이전 대화(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Reply</source>
            <translation>답장(&amp;R)</translation>
        </message>
        <message>
            <source>No response &amp;needed</source>
            <translation>응답 필요 없음(&amp;N)</translation>
        </message>
        <message>
            <source>Re&amp;open (restart the clock)</source>
            <translation>다시 열기 - 응답 타이머 재시작(&amp;O)</translation>
        </message>
        <message>
            <source>Mark &amp;read</source>
            <translation>읽음으로 표시(&amp;R)</translation>
        </message>
        <message>
            <source>Mark &amp;unread</source>
            <translation>읽지 않음으로 표시(&amp;U)</translation>
        </message>
        <message>
            <source>Order &amp;type…</source>
            <translation>주문 유형(&amp;T)…</translation>
        </message>
        <message>
            <source>Show the &amp;order in Orders</source>
            <translation>주문 탭에서 주문 보기(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Special products…</source>
            <translation>특수 상품(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>단축키(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About Seller Inbox</source>
            <translation>Seller Inbox 정보(&amp;A)</translation>
        </message>
        <message>
            <source>View %1</source>
            <translation>보기 %1</translation>
        </message>
        <message>
            <source>Seller Inbox</source>
            <translation>Seller Inbox</translation>
        </message>
        <message>
            <source>Marked as no response needed (Ctrl+Shift+E reopens)</source>
            <translation>응답 필요 없음으로 표시했습니다(Ctrl+Shift+E로 다시 열기)</translation>
        </message>
        <message>
            <source>About Seller Inbox</source>
            <translation>Seller Inbox 정보</translation>
        </message>
        <message>
            <source>Nothing here: no thread is in this view.</source>
            <translation>이 보기에는 대화가 없습니다.</translation>
        </message>
        <message>
            <source>Seller Inbox %1: answer Amazon buyers fast, within Amazon's rules.</source>
            <translation>Seller Inbox %1: Amazon 규칙을 지키면서 Amazon 구매자에게 빠르게 답장합니다.</translation>
        </message>
        <message>
            <source>No threads match “%1”.</source>
            <translation>“%1”과(와) 일치하는 대화가 없습니다.</translation>
        </message>
        <message>
            <source>%1 open · %2 due in &lt; 4 h · %3 overdue</source>
            <translation>열림 %1 · 4시간 이내 기한 %2 · 기한 초과 %3</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>받은 편지함</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>주문</translation>
        </message>
        <message>
            <source>Search words, order id, buyer…  (Ctrl+F)</source>
            <translation>단어, 주문 번호, 구매자 검색…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>검색</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translation>저장된 보기</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>대화</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>대화</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>주문</translation>
        </message>
        <message>
            <source>Search threads</source>
            <translation>대화 검색</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>답장</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>집계 중…</translation>
        </message>
        <message>
            <source>%1 overdue — Seller Inbox</source>
            <translation>기한 초과 %1건 — Seller Inbox</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>가져오기 취소</translation>
        </message>
        <message>
            <source>Import order reports</source>
            <translation>주문 보고서 가져오기</translation>
        </message>
        <message>
            <source>Order reports (*.txt *.tsv *.csv);;All files (*)</source>
            <translation>주문 보고서 (*.txt *.tsv *.csv);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Order import finished.</source>
            <translation>주문 가져오기를 마쳤습니다.</translation>
        </message>
        <message>
            <source>An import is already running.</source>
            <translation>이미 가져오기가 진행 중입니다.</translation>
        </message>
        <message>
            <source>Order type</source>
            <translation>주문 유형</translation>
        </message>
        <message>
            <source>Importing %1 order report(s)…</source>
            <translation>주문 보고서 %1개를 가져오는 중…</translation>
        </message>
        <message>
            <source>Only the first %1 words are searched.</source>
            <translation>처음 %1개 단어만 검색합니다.</translation>
        </message>
        <message>
            <source>“%1” is not a search: type a word, an order id or a buyer's name.</source>
            <translation>“%1”은(는) 검색어가 아닙니다. 단어, 주문 ID 또는 구매자 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>&amp;Contact buyer about this order…</source>
            <translation>이 주문에 대해 구매자에게 연락(&amp;C)…</translation>
        </message>
        <message>
            <source>Select an order first (Orders tab, or a thread about an order).</source>
            <translation>먼저 주문을 선택하십시오(주문 탭 또는 주문에 관한 대화).</translation>
        </message>
        <message>
            <source>Response times</source>
            <translation>응답 시간</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>환경설정(&amp;P)…</translation>
        </message>
        <message>
            <source>Saving your draft and changes before the window closes…</source>
            <translation>창을 닫기 전에 초안과 변경 사항을 저장하는 중…</translation>
        </message>
    </context>
    <context>
        <name>MetricsDashboard</name>
        <message>
            <source>Could not read the figures: %1</source>
            <translation>수치를 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Buyer messages</source>
            <translation>구매자 메시지</translation>
        </message>
        <message>
            <source>Within 24 h</source>
            <translation>24시간 이내</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>지연</translation>
        </message>
        <message>
            <source>Unanswered</source>
            <translation>미응답</translation>
        </message>
        <message>
            <source>Pending (under 24 h)</source>
            <translation>대기 중(24시간 미만)</translation>
        </message>
        <message>
            <source>No response needed</source>
            <translation>응답 필요 없음</translation>
        </message>
        <message>
            <source>late response rate</source>
            <translation>지연 응답률</translation>
        </message>
        <message>
            <source>Average response</source>
            <translation>평균 응답 시간</translation>
        </message>
        <message>
            <source>Last %1 days</source>
            <translation>최근 %1일</translation>
        </message>
        <message>
            <source>Late or unanswered</source>
            <translation>지연 또는 미응답</translation>
        </message>
        <message>
            <source>Average response (h)</source>
            <translation>평균 응답 시간(시간)</translation>
        </message>
        <message>
            <source>Day of the period</source>
            <translation>기간의 일자</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>시간</translation>
        </message>
        <message>
            <source>Daily response time and late messages, last %1 days</source>
            <translation>일별 응답 시간과 지연 메시지, 최근 %1일</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1시간</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>담당자</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>답장 완료</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>중앙값</translation>
        </message>
        <message>
            <source>Assigned open</source>
            <translation>담당 중인 미답변</translation>
        </message>
        <message>
            <source>Nobody (Seller Central)</source>
            <translation>없음 (Seller Central)</translation>
        </message>
        <message>
            <source>Marketplace</source>
            <translation>마켓플레이스</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>메시지</translation>
        </message>
        <message>
            <source>Late rate</source>
            <translation>지연율</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>평균</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <source>People (chart period)</source>
            <translation>담당자별 (차트 기간)</translation>
        </message>
        <message>
            <source>overdue by %1</source>
            <translation>%1 초과</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>%1 남음</translation>
        </message>
        <message>
            <source>Chart period:</source>
            <translation>차트 기간:</translation>
        </message>
        <message>
            <source>Marketplaces (chart period)</source>
            <translation>마켓플레이스(차트 기간)</translation>
        </message>
        <message>
            <source>Closest to their deadline</source>
            <translation>마감이 가장 가까운 스레드</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1시간 %2분</translation>
        </message>
        <message>
            <source>Your target: %1 of buyer messages answered within 24 hours</source>
            <translation>목표: 구매자 메시지의 %1에 24시간 이내 응답</translation>
        </message>
        <message>
            <source>As of %1</source>
            <translation>%1 기준</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1일</translation>
        </message>
    </context>
    <context>
        <name>OfflineReplay</name>
        <message>
            <source>A change made while offline (%1, “%2”) was not saved: %3</source>
            <translation>오프라인일 때 한 변경(%1, “%2”)이 저장되지 않았습니다: %3</translation>
        </message>
        <message>
            <source>marked as no response needed</source>
            <translation>응답 필요 없음으로 표시</translation>
        </message>
        <message>
            <source>reopened</source>
            <translation>다시 열기</translation>
        </message>
        <message>
            <source>assigned</source>
            <translation>담당 지정</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>담당 해제</translation>
        </message>
        <message>
            <source>the thread is gone, or that person left the team.</source>
            <translation>대화가 없어졌거나 그 사람이 팀을 떠났습니다.</translation>
        </message>
        <message>
            <source>marked read</source>
            <translation>읽음으로 표시</translation>
        </message>
        <message>
            <source>marked unread</source>
            <translation>읽지 않음으로 표시</translation>
        </message>
        <message>
            <source>A change made while offline (%1) was not saved: %2</source>
            <translation>오프라인일 때 한 변경(%1)이 저장되지 않았습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>OrderImport</name>
        <message>
            <source>(import)</source>
            <translation>(가져오기)</translation>
        </message>
        <message>
            <source>Order import</source>
            <translation>주문 가져오기</translation>
        </message>
        <message>
            <source>Cancelled: nothing imported.</source>
            <translation>취소됨: 가져온 항목이 없습니다.</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… 외 %1개</translation>
        </message>
        <message>
            <source>%1: not imported. %2</source>
            <translation>%1: 가져오지 못했습니다. %2</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>%1행: %2</translation>
        </message>
        <message>
            <source>What the import did, file by file</source>
            <translation>가져오기 결과(파일별)</translation>
        </message>
        <message>
            <source>%1: %2 new, %3 updated, %4 skipped (%5 rows read; %6 threads linked)</source>
            <translation>%1: 신규 %2개, 업데이트 %3개, 건너뜀 %4개(읽은 행 %5개, 연결된 대화 %6개)</translation>
        </message>
    </context>
    <context>
        <name>OrderPanel</name>
        <message>
            <source>unknown</source>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>주문</translation>
        </message>
        <message>
            <source>No order linked to this thread yet.</source>
            <translation>이 대화에 아직 연결된 주문이 없습니다.</translation>
        </message>
        <message>
            <source>Mark this one order as handmade, custom or wine, or let its SKUs decide</source>
            <translation>이 주문만 수제품, 맞춤 제작 또는 와인으로 지정하거나 SKU에 따라 정해지도록 둡니다</translation>
        </message>
        <message>
            <source>Order id</source>
            <translation>주문 번호</translation>
        </message>
        <message>
            <source>Purchased</source>
            <translation>구매일</translation>
        </message>
        <message>
            <source>Marketplace</source>
            <translation>마켓플레이스</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>상품</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>배송</translation>
        </message>
        <message>
            <source>Order type</source>
            <translation>주문 유형</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>구매자</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>메시지</translation>
        </message>
        <message>
            <source>Auto (SKU rules)</source>
            <translation>자동(SKU 규칙)</translation>
        </message>
        <message>
            <source>Opted out: send only messages required to complete the order</source>
            <translation>수신 거부: 주문 완료에 필요한 메시지만 보내십시오</translation>
        </message>
        <message>
            <source>Accepts messages</source>
            <translation>메시지 수신 허용</translation>
        </message>
        <message>
            <source>(no items)</source>
            <translation>(상품 없음)</translation>
        </message>
        <message>
            <source>Contact buyer…</source>
            <translation>구매자에게 연락…</translation>
        </message>
        <message>
            <source>Write to the buyer about this order (Ctrl+Shift+N)</source>
            <translation>이 주문에 대해 구매자에게 쓰기 (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>marked by hand</source>
            <translation>직접 지정함</translation>
        </message>
        <message>
            <source>Delivered %1</source>
            <translation>%1 배송 완료</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>%1까지</translation>
        </message>
        <message>
            <source>from SKU rules: %1</source>
            <translation>SKU 규칙에 따름: %1</translation>
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
            <translation>{path}을(를) 열 수 없습니다: {detail}</translation>
        </message>
        <message>
            <source>cannot read {path}: {detail}</source>
            <translation>{path}을(를) 읽을 수 없습니다: {detail}</translation>
        </message>
        <message>
            <source>{name} is empty</source>
            <translation>{name}이(가) 비어 있습니다</translation>
        </message>
        <message>
            <source>{name} is not a text report (it holds binary data)</source>
            <translation>{name}은(는) 텍스트 보고서가 아닙니다(바이너리 데이터가 들어 있습니다)</translation>
        </message>
        <message>
            <source>{path} is a folder, not a report file</source>
            <translation>{path}은(는) 보고서 파일이 아니라 폴더입니다</translation>
        </message>
        <message>
            <source>{name}: {detail}</source>
            <translation>{name}: {detail}</translation>
        </message>
        <message>
            <source>{name}, line {line}: {detail}</source>
            <translation>{name}, {line}행: {detail}</translation>
        </message>
        <message>
            <source>{cells} cells where the header has {width}</source>
            <translation>머리글은 {width}칸인데 {cells}칸입니다</translation>
        </message>
        <message>
            <source>the first line (the header) is empty</source>
            <translation>첫 줄(머리글)이 비어 있습니다</translation>
        </message>
        <message>
            <source>not a known Seller Central order report: as an {title} it lacks the column(s) {columns}</source>
            <translation>알려진 Seller Central 주문 보고서가 아닙니다. {title}(으)로 보면 {columns} 열이 없습니다</translation>
        </message>
        <message>
            <source>not a known Seller Central order report: as an {title} it lacks the column(s) {columns} (the file looks comma-separated; order reports are tab-separated)</source>
            <translation>알려진 Seller Central 주문 보고서가 아닙니다. {title}(으)로 보면 {columns} 열이 없습니다(파일이 쉼표로 구분된 것 같습니다. 주문 보고서는 탭으로 구분됩니다)</translation>
        </message>
        <message>
            <source>duplicate row for order {order} item {item} (first on line {first})</source>
            <translation>주문 {order}의 품목 {item} 행이 중복되었습니다(처음은 {first}행)</translation>
        </message>
        <message>
            <source>bad order id {value} (expected ddd-ddddddd-ddddddd)</source>
            <translation>잘못된 주문 번호 {value}(형식: ddd-ddddddd-ddddddd)</translation>
        </message>
        <message>
            <source>bad date in {column}: {value}</source>
            <translation>{column}의 날짜가 잘못되었습니다: {value}</translation>
        </message>
        <message>
            <source>bad number in {column}: {value}</source>
            <translation>{column}의 숫자가 잘못되었습니다: {value}</translation>
        </message>
        <message>
            <source>negative quantity in {column}: {value}</source>
            <translation>{column}의 수량이 음수입니다: {value}</translation>
        </message>
        <message>
            <source>bad true/false in {column}: {value}</source>
            <translation>{column}의 참/거짓 값이 잘못되었습니다: {value}</translation>
        </message>
        <message>
            <source>a SKU rule needs a SKU or a pattern</source>
            <translation>SKU 규칙에는 SKU나 패턴이 필요합니다</translation>
        </message>
        <message>
            <source>a SKU pattern is at most {count} characters</source>
            <translation>SKU 패턴은 최대 {count}자입니다</translation>
        </message>
        <message>
            <source>unknown order type {value}: use one of {types}</source>
            <translation>알 수 없는 주문 유형 {value}: {types} 중 하나를 사용하세요</translation>
        </message>
        <message>
            <source>order report</source>
            <translation>주문 보고서</translation>
        </message>
        <message>
            <source>unshipped orders report</source>
            <translation>미발송 주문 보고서</translation>
        </message>
        <message>
            <source>All Orders report</source>
            <translation>전체 주문 보고서</translation>
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <source>shipped by Amazon</source>
            <translation>Amazon 배송</translation>
        </message>
        <message>
            <source>shipped by you</source>
            <translation>판매자 배송</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>대기 중</translation>
        </message>
        <message>
            <source>Pending availability</source>
            <translation>재고 대기</translation>
        </message>
        <message>
            <source>Unshipped</source>
            <translation>미발송</translation>
        </message>
        <message>
            <source>Partially shipped</source>
            <translation>부분 발송</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>발송됨</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>발송 중</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>배송 완료</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>취소됨</translation>
        </message>
        <message>
            <source>Unfulfillable</source>
            <translation>처리 불가</translation>
        </message>
        <message>
            <source>Invoice unconfirmed</source>
            <translation>송장 미확인</translation>
        </message>
    </context>
    <context>
        <name>OrderTable</name>
        <message>
            <source>standard</source>
            <translation>일반</translation>
        </message>
        <message>
            <source>handmade</source>
            <translation>수제품</translation>
        </message>
        <message>
            <source>custom</source>
            <translation>맞춤 제작</translation>
        </message>
        <message>
            <source>wine</source>
            <translation>와인</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>주문</translation>
        </message>
        <message>
            <source>Purchased</source>
            <translation>구매일</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>마켓</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>상품</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>합계</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>대화</translation>
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
            <translation>주문 ID, SKU, 상품 또는 구매자…</translation>
        </message>
        <message>
            <source>Import orders…</source>
            <translation>주문 가져오기…</translation>
        </message>
        <message>
            <source>or drop Seller Central order reports on the table</source>
            <translation>또는 Seller Central 주문 보고서를 표에 끌어 놓으십시오</translation>
        </message>
        <message>
            <source>Threads about the selected order</source>
            <translation>선택한 주문에 관한 대화</translation>
        </message>
        <message>
            <source>No order matches “%1”.</source>
            <translation>“%1”과(와) 일치하는 주문이 없습니다.</translation>
        </message>
        <message>
            <source>No orders yet: import a Seller Central order report (Ctrl+I) or drop it on this table.</source>
            <translation>아직 주문이 없습니다. Seller Central 주문 보고서를 가져오거나(Ctrl+I) 이 표에 끌어다 놓으세요.</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>Waiting to be sent (with the next send).</source>
            <translation>보내기 대기 중 (다음 보내기 때).</translation>
        </message>
        <message>
            <source>Sending now…</source>
            <translation>지금 보내는 중…</translation>
        </message>
        <message>
            <source>May have been sent: the connection dropped while sending. Check Sent before sending it again.</source>
            <translation>이미 보냈을 수 있습니다: 보내는 중에 연결이 끊겼습니다. 다시 보내기 전에 보낸 편지함을 확인하세요.</translation>
        </message>
        <message>
            <source>Not sent, and no reason was recorded: open it to edit it or send it again.</source>
            <translation>보내지 못했고 이유가 기록되지 않았습니다. 열어서 수정하거나 다시 보내세요.</translation>
        </message>
        <message>
            <source>Waiting to try again: %1</source>
            <translation>다시 시도 대기 중: %1</translation>
        </message>
        <message>
            <source>Not sent: %1</source>
            <translation>보내지 못함: %1</translation>
        </message>
    </context>
    <context>
        <name>OutboxLine</name>
        <message>
            <source>Undo</source>
            <translation>실행 취소</translation>
        </message>
        <message>
            <source>Take the message back into the draft (Ctrl+Z)</source>
            <translation>메시지를 초안으로 되돌리기 (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>다시 보내기</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>편집</translation>
        </message>
        <message>
            <source>Take the message back into the draft to fix it</source>
            <translation>메시지를 초안으로 되돌려 수정하기</translation>
        </message>
        <message numerus="yes">
            <source>Queued: leaves in %n s</source>
            <translation>
                <numerusform>대기 중: %n초 후 보냄</numerusform>
            </translation>
        </message>
        <message>
            <source>Waiting to try again: %1</source>
            <translation>다시 시도 대기 중: %1</translation>
        </message>
        <message>
            <source>Queued: waiting to be sent</source>
            <translation>대기 중: 보내기 대기</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>보내는 중…</translation>
        </message>
        <message>
            <source>Sent ✓</source>
            <translation>보냄 ✓</translation>
        </message>
        <message>
            <source>Failed: {error}</source>
            <translation>실패: {error}</translation>
        </message>
        <message>
            <source>Not sent, and no reason was recorded: edit it or send it again.</source>
            <translation>보내지 못했고 이유가 기록되지 않았습니다. 수정하거나 다시 보내세요.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Preferences</source>
            <translation>환경설정</translation>
        </message>
        <message>
            <source>Response times</source>
            <translation>응답 시간</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Deadline alerts</source>
            <translation>마감 알림</translation>
        </message>
        <message>
            <source>&amp;Quiet hours (no notifications) from</source>
            <translation>방해 금지 시간(&amp;Q), 알림 없음:</translation>
        </message>
        <message>
            <source>Quiet hours start</source>
            <translation>방해 금지 시작 시각</translation>
        </message>
        <message>
            <source>Quiet hours end</source>
            <translation>방해 금지 종료 시각</translation>
        </message>
        <message>
            <source>Show the &amp;buyer's text in notifications</source>
            <translation>알림에 구매자의 메시지 표시(&amp;B)</translation>
        </message>
        <message>
            <source>Off: a notification names the subject only. Notifications can appear on a locked screen, and buyers' messages often hold addresses and order details.</source>
            <translation>끄면 알림에 제목만 표시됩니다. 알림은 잠금 화면에도 나타날 수 있고, 구매자의 메시지에는 주소와 주문 정보가 담긴 경우가 많습니다.</translation>
        </message>
        <message>
            <source> min before the deadline</source>
            <translation>분 전 (마감 기준)</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>끔</translation>
        </message>
        <message>
            <source>Preferences pages</source>
            <translation>환경설정 페이지</translation>
        </message>
        <message>
            <source>Pages of the preferences: Ctrl+Tab shows the next one</source>
            <translation>환경설정 페이지: Ctrl+Tab으로 다음 페이지를 엽니다</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>답장</translation>
        </message>
        <message>
            <source>Response times and alerts</source>
            <translation>응답 시간 및 알림</translation>
        </message>
        <message>
            <source>Saved replies use these for {seller_name} and {signature}. Without a name, the account's name is used.</source>
            <translation>저장된 답장은 {seller_name}과(와) {signature}에 이 값을 씁니다. 이름이 없으면 계정 이름을 씁니다.</translation>
        </message>
        <message>
            <source>e.g. Lena from Ceramica Rossi</source>
            <translation>예: Ceramica Rossi의 Lena</translation>
        </message>
        <message>
            <source>e.g. Kind regards,
Lena — Ceramica Rossi</source>
            <translation>예: 감사합니다.
Lena — Ceramica Rossi</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>이름(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Signature:</source>
            <translation>서명(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Target, answered within 24 h:</source>
            <translation>목표, 24시간 이내 답변(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;First alert:</source>
            <translation>첫 번째 알림(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Second alert:</source>
            <translation>두 번째 알림(&amp;S):</translation>
        </message>
        <message>
            <source>to</source>
            <translation>~</translation>
        </message>
    </context>
    <context>
        <name>ReviewRequestsDialog</name>
        <message>
            <source>Review requests</source>
            <translation>리뷰 요청</translation>
        </message>
        <message>
            <source>Looking for orders 5-30 days after delivery…</source>
            <translation>배송 후 5~30일 된 주문을 찾는 중…</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>주문</translation>
        </message>
        <message>
            <source>Review requested</source>
            <translation>리뷰 요청됨</translation>
        </message>
        <message>
            <source>Amazon's answer</source>
            <translation>Amazon의 답변</translation>
        </message>
        <message>
            <source>Request &amp;all</source>
            <translation>모두 요청(&amp;A)</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>중지(&amp;T)</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>아직 안 함</translation>
        </message>
        <message>
            <source>no</source>
            <translation>아니요</translation>
        </message>
        <message>
            <source>Reviews requested: %1. Amazon refused %2; the reason is beside each order.</source>
            <translation>요청한 리뷰: %1건. Amazon이 %2건을 거부했습니다. 이유는 각 주문 옆에 있습니다.</translation>
        </message>
        <message>
            <source>Reviews requested: %1.</source>
            <translation>요청한 리뷰: %1건.</translation>
        </message>
        <message>
            <source>%1 orders may be asked for a review now; %2 were asked already.</source>
            <translation>지금 리뷰를 요청할 수 있는 주문 %1건, 이미 요청한 주문 %2건.</translation>
        </message>
        <message>
            <source>Requesting reviews: %1 of %2…</source>
            <translation>리뷰 요청 중: %2건 중 %1건…</translation>
        </message>
    </context>
    <context>
        <name>SafeHtml</name>
        <message>
            <source>Open link?</source>
            <translation>링크를 여시겠습니까?</translation>
        </message>
        <message>
            <source>This link goes to:

%1

Open it in your browser or mail program?</source>
            <translation>이 링크는 다음으로 연결됩니다:

%1

브라우저나 메일 프로그램에서 여시겠습니까?</translation>
        </message>
    </context>
    <context>
        <name>ServiceErrors</name>
        <message>
            <source>Give the name of the person at this seat (for example Anna).</source>
            <translation>이 자리에서 일하는 사람의 이름을 입력하세요(예: Anna).</translation>
        </message>
        <message>
            <source>A name is at most {count} characters.</source>
            <translation>이름은 최대 {count}자입니다.</translation>
        </message>
        <message>
            <source>A team inbox is a PostgreSQL database (postgresql+psycopg://user@host/db); a local file has one seat only.</source>
            <translation>팀 받은편지함은 PostgreSQL 데이터베이스입니다(postgresql+psycopg://user@host/db). 로컬 파일은 자리가 하나뿐입니다.</translation>
        </message>
        <message>
            <source>Give the {what} of the team inbox.</source>
            <translation>팀 받은편지함의 {what} 항목을 입력하세요.</translation>
        </message>
        <message>
            <source>The {label} {url} is not an http(s) URL.</source>
            <translation>{label} {url}은(는) http(s) URL이 아닙니다.</translation>
        </message>
        <message>
            <source>A connection needs a name of at most 80 characters.</source>
            <translation>연결에는 80자 이하의 이름이 필요합니다.</translation>
        </message>
        <message>
            <source>The region must be one of {regions}.</source>
            <translation>지역은 {regions} 중 하나여야 합니다.</translation>
        </message>
        <message>
            <source>The LWA client id is missing.</source>
            <translation>LWA 클라이언트 ID가 없습니다.</translation>
        </message>
        <message>
            <source>Name at least one marketplace, e.g. --marketplaces US,DE.</source>
            <translation>마켓플레이스를 하나 이상 지정하세요(예: --marketplaces US,DE).</translation>
        </message>
        <message>
            <source>Unknown marketplace code(s): {codes}.</source>
            <translation>알 수 없는 마켓플레이스 코드: {codes}.</translation>
        </message>
        <message>
            <source>{codes} is not served by the {region} region; make one connection per region.</source>
            <translation>{codes}은(는) {region} 지역에서 제공되지 않습니다. 지역마다 연결을 하나씩 만드세요.</translation>
        </message>
        <message>
            <source>Both the client secret and the refresh token are needed.</source>
            <translation>클라이언트 시크릿과 새로 고침 토큰이 모두 필요합니다.</translation>
        </message>
        <message>
            <source>No Amazon connection named {name}.</source>
            <translation>{name}(이)라는 Amazon 연결이 없습니다.</translation>
        </message>
        <message>
            <source>The keyring has no secrets for the Amazon connection '{name}'; run 'inbox-app amazon connect {name}' again.</source>
            <translation>키링에 Amazon 연결 '{name}'의 비밀 정보가 없습니다. 'inbox-app amazon connect {name}'을(를) 다시 실행하세요.</translation>
        </message>
        <message>
            <source>Order {order} is not in the inbox yet; sync orders first.</source>
            <translation>주문 {order}이(가) 아직 받은편지함에 없습니다. 먼저 주문을 동기화하세요.</translation>
        </message>
        <message>
            <source>Order {order} is not from a marketplace of the Amazon connection '{name}'.</source>
            <translation>주문 {order}은(는) Amazon 연결 '{name}'의 마켓플레이스 주문이 아닙니다.</translation>
        </message>
        <message>
            <source>Amazon does not accept '{action}' for {order} now (it accepts: {names}).</source>
            <translation>Amazon은 지금 {order}에 대해 '{action}'을(를) 받지 않습니다(받는 항목: {names}).</translation>
        </message>
        <message>
            <source>{count} seats are called {name}: give the seat id (inbox-app team seats lists them).</source>
            <translation>{name}(이)라는 자리가 {count}개 있습니다. 자리 ID를 입력하세요(inbox-app team seats로 목록을 볼 수 있습니다).</translation>
        </message>
        <message>
            <source>This inbox has no team: assignment needs a team inbox (team join).</source>
            <translation>이 받은편지함에는 팀이 없습니다. 배정하려면 팀 받은편지함이 필요합니다(team join).</translation>
        </message>
        <message>
            <source>Nobody called {name} is on the team (the team: {names}).</source>
            <translation>팀에 {name}(이)라는 사람이 없습니다(팀: {names}).</translation>
        </message>
        <message>
            <source>There is no thread {thread}.</source>
            <translation>대화 {thread}이(가) 없습니다.</translation>
        </message>
        <message>
            <source>That person is not on the team (any more).</source>
            <translation>그 사람은 (더 이상) 팀에 없습니다.</translation>
        </message>
        <message>
            <source>Order {order} no longer exists.</source>
            <translation>주문 {order}이(가) 더 이상 없습니다.</translation>
        </message>
        <message>
            <source>Order {order} has no buyer address yet: import the order's messages or wait for the buyer's first message.</source>
            <translation>주문 {order}에 아직 구매자 주소가 없습니다. 주문의 메시지를 가져오거나 구매자의 첫 메시지를 기다리십시오.</translation>
        </message>
        <message>
            <source>The file {name} was not stored; attach it again.</source>
            <translation>파일 {name}이(가) 저장되지 않았습니다. 다시 첨부하세요.</translation>
        </message>
        <message>
            <source>Thread {thread} no longer exists.</source>
            <translation>대화 {thread}이(가) 더 이상 없습니다.</translation>
        </message>
        <message>
            <source>There is no draft to send on this conversation.</source>
            <translation>이 대화에는 보낼 초안이 없습니다.</translation>
        </message>
        <message>
            <source>The message is empty.</source>
            <translation>메시지가 비어 있습니다.</translation>
        </message>
        <message>
            <source>The draft changed while it was being checked; send again.</source>
            <translation>확인하는 동안 초안이 바뀌었습니다. 다시 보내세요.</translation>
        </message>
        <message>
            <source>Login with Amazon accepted the credentials of '{name}'.</source>
            <translation>Login with Amazon이 '{name}'의 자격 증명을 받아들였습니다.</translation>
        </message>
        <message>
            <source>{name}: Login with Amazon accepted the credentials.</source>
            <translation>{name}: Login with Amazon이 자격 증명을 받아들였습니다.</translation>
        </message>
        <message>
            <source>Region {region}, marketplaces {marketplaces}.</source>
            <translation>지역 {region}, 마켓플레이스 {marketplaces}.</translation>
        </message>
        <message>
            <source>server</source>
            <translation>서버</translation>
        </message>
        <message>
            <source>database</source>
            <translation>데이터베이스</translation>
        </message>
        <message>
            <source>user name</source>
            <translation>사용자 이름</translation>
        </message>
        <message>
            <source>endpoint</source>
            <translation>엔드포인트</translation>
        </message>
        <message>
            <source>token URL</source>
            <translation>토큰 URL</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>단축키</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>메뉴</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>동작</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>키</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>창</translation>
        </message>
    </context>
    <context>
        <name>SpecialProducts</name>
        <message>
            <source>Special products</source>
            <translation>특수 상품</translation>
        </message>
        <message>
            <source>Orders with these SKUs count as handmade, custom or wine (Amazon's rules differ for them). Use * and ? as wildcards, e.g. HM-*.</source>
            <translation>이 SKU가 포함된 주문은 수제품, 맞춤 제작 또는 와인으로 처리됩니다(Amazon 규칙이 다르게 적용됨). * 및 ?를 와일드카드로 사용할 수 있습니다(예: HM-*).</translation>
        </message>
        <message>
            <source>SKU or pattern</source>
            <translation>SKU 또는 패턴</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>추가(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove selected</source>
            <translation>선택 항목 제거(&amp;R)</translation>
        </message>
        <message>
            <source>Updating the orders…</source>
            <translation>주문을 업데이트하는 중…</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>유형</translation>
        </message>
    </context>
    <context>
        <name>StoreErrors</name>
        <message>
            <source>The disk is full, so Seller Inbox could not save to {where}; free some space (nothing already saved is lost).</source>
            <translation>디스크가 가득 차서 Seller Inbox가 {where}에 저장하지 못했습니다. 공간을 확보하세요(이미 저장된 내용은 잃지 않습니다).</translation>
        </message>
        <message>
            <source>The disk holding {where} failed to write (full or failing), so Seller Inbox could not save; nothing already saved is lost.</source>
            <translation>{where}이(가) 있는 디스크에 쓰지 못해(가득 찼거나 고장) Seller Inbox가 저장하지 못했습니다. 이미 저장된 내용은 잃지 않습니다.</translation>
        </message>
        <message>
            <source>Seller Inbox cannot save to {where} because {why}; nothing was changed.</source>
            <translation>Seller Inbox가 {where}에 저장할 수 없습니다({why}). 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>Seller Inbox cannot open {where} because {why}; nothing was changed.</source>
            <translation>Seller Inbox가 {where}을(를) 열 수 없습니다({why}). 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>Seller Inbox cannot create {where} because {why}; nothing was changed.</source>
            <translation>Seller Inbox가 {where}을(를) 만들 수 없습니다({why}). 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>{where} is in use by another program or window that holds it locked; close it or try again in a moment.</source>
            <translation>{where}을(를) 다른 프로그램이나 창이 잠근 채 사용하고 있습니다. 그것을 닫거나 잠시 후 다시 시도하세요.</translation>
        </message>
        <message>
            <source>The database is in use by another program or window that holds it locked; close it or try again in a moment.</source>
            <translation>데이터베이스를 다른 프로그램이나 창이 잠근 채 사용하고 있습니다. 그것을 닫거나 잠시 후 다시 시도하세요.</translation>
        </message>
        <message>
            <source>The database file is damaged or is not a Seller Inbox database.</source>
            <translation>데이터베이스 파일이 손상되었거나 Seller Inbox 데이터베이스가 아닙니다.</translation>
        </message>
        <message>
            <source>{path} is not a Seller Inbox database (it is not an SQLite file); it was left untouched.</source>
            <translation>{path}은(는) Seller Inbox 데이터베이스가 아닙니다(SQLite 파일이 아님). 파일은 그대로 두었습니다.</translation>
        </message>
        <message>
            <source>{path} is damaged ({detail}). It was left untouched; restore a backup (inbox-app keeps *.bak-* copies beside it).</source>
            <translation>{path}이(가) 손상되었습니다({detail}). 파일은 그대로 두었습니다. 백업을 복원하세요(inbox-app은 옆에 *.bak-* 사본을 보관합니다).</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be opened ({detail}). It was left untouched; restore a backup (Seller Inbox keeps one beside the file before each upgrade).</source>
            <translation>{path}이(가) 손상되어 열 수 없습니다({detail}). 파일은 그대로 두었습니다. 백업을 복원하세요(Seller Inbox는 업그레이드할 때마다 파일 옆에 백업을 남깁니다).</translation>
        </message>
        <message>
            <source>{path} is another program's database (it lacks Seller Inbox's tables); it was left untouched.</source>
            <translation>{path}은(는) 다른 프로그램의 데이터베이스입니다(Seller Inbox 테이블이 없음). 파일은 그대로 두었습니다.</translation>
        </message>
        <message>
            <source>{path} has a damaged schema version record ({count} entries where Seller Inbox keeps one); it was left untouched, so restore a backup.</source>
            <translation>{path}의 스키마 버전 기록이 손상되었습니다(Seller Inbox는 하나를 두는데 {count}개 있음). 파일은 그대로 두었으니 백업을 복원하세요.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path}은(는) 데이터베이스 파일이 아니라 폴더입니다.</translation>
        </message>
        <message>
            <source>Seller Inbox cannot create {path} because its folder cannot be made ({detail}); nothing was changed.</source>
            <translation>폴더를 만들 수 없어 Seller Inbox가 {path}을(를) 만들 수 없습니다({detail}). 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>This database was made by a newer version of Seller Inbox (schema {schema}). Update the app to open it; the file was not changed.</source>
            <translation>이 데이터베이스는 더 새로운 버전의 Seller Inbox가 만들었습니다(스키마 {schema}). 열려면 앱을 업데이트하세요. 파일은 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>The team database is at schema {schema}, newer than this seat's Seller Inbox knows: update Seller Inbox on this seat to join (nothing was changed).</source>
            <translation>팀 데이터베이스는 스키마 {schema}(으)로, 이 좌석의 Seller Inbox가 아는 것보다 새롭습니다. 참여하려면 이 좌석의 Seller Inbox를 업데이트하세요(아무것도 바뀌지 않았습니다).</translation>
        </message>
        <message>
            <source>The team database at {at} refused the login: check the user name and password (join again with `inbox-app team join --password-stdin`).</source>
            <translation>{at}의 팀 데이터베이스가 로그인을 거부했습니다. 사용자 이름과 비밀번호를 확인하세요(`inbox-app team join --password-stdin`으로 다시 참여).</translation>
        </message>
        <message>
            <source>The team server at {at} has no such database; ask whoever runs the server to create it (see the README, 'A team on one inbox').</source>
            <translation>{at}의 팀 서버에 해당 데이터베이스가 없습니다. 서버 관리자에게 만들어 달라고 요청하세요(README의 'A team on one inbox' 참조).</translation>
        </message>
        <message>
            <source>The team server at {at} does not let this computer in: ask whoever runs it to allow this computer's address (pg_hba.conf, or the provider's list of allowed addresses).</source>
            <translation>{at}의 팀 서버가 이 컴퓨터의 접속을 허용하지 않습니다. 서버 관리자에게 이 컴퓨터의 주소를 허용해 달라고 요청하세요(pg_hba.conf 또는 제공업체의 허용 주소 목록).</translation>
        </message>
        <message>
            <source>Seller Inbox could not open a secure connection to the team database at {at}: check sslmode (and sslrootcert, the provider's certificate) in the URL; nothing was changed.</source>
            <translation>Seller Inbox가 {at}의 팀 데이터베이스에 보안 연결을 열지 못했습니다. URL의 sslmode(와 제공업체 인증서인 sslrootcert)를 확인하세요. 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>Seller Inbox cannot reach the team database at {at}; check the network and that the server runs, then try again (nothing saved here is lost).</source>
            <translation>Seller Inbox가 {at}의 팀 데이터베이스에 연결할 수 없습니다. 네트워크와 서버 실행 여부를 확인한 뒤 다시 시도하세요(여기에 저장된 내용은 잃지 않습니다).</translation>
        </message>
        <message>
            <source>This Seller Inbox has no PostgreSQL driver, which a team inbox needs: install it with pip install 'inbox-app[postgres]' (the standalone bundle has it).</source>
            <translation>이 Seller Inbox에는 팀 받은편지함에 필요한 PostgreSQL 드라이버가 없습니다. pip install 'inbox-app[postgres]'로 설치하세요(독립 실행형 번들에는 들어 있습니다).</translation>
        </message>
        <message>
            <source>The store is busy (another program is writing), so this sync stopped; it continues where it left off next time.</source>
            <translation>저장소가 사용 중이라(다른 프로그램이 쓰는 중) 이번 동기화를 멈췄습니다. 다음에 멈춘 곳부터 이어집니다.</translation>
        </message>
        <message>
            <source>Seller Inbox could not write to its store, so this sync stopped; nothing was lost.</source>
            <translation>Seller Inbox가 저장소에 쓰지 못해 이번 동기화를 멈췄습니다. 잃은 것은 없습니다.</translation>
        </message>
        <message>
            <source>Choose another file with --db.</source>
            <translation>--db로 다른 파일을 선택하세요.</translation>
        </message>
        <message>
            <source>the database</source>
            <translation>데이터베이스</translation>
        </message>
        <message>
            <source>its disk is mounted read-only</source>
            <translation>디스크가 읽기 전용으로 마운트되어 있음</translation>
        </message>
        <message>
            <source>the file is read-only</source>
            <translation>파일이 읽기 전용임</translation>
        </message>
        <message>
            <source>its disk is full</source>
            <translation>디스크가 가득 참</translation>
        </message>
        <message>
            <source>its folder {folder} is read-only</source>
            <translation>폴더 {folder}이(가) 읽기 전용임</translation>
        </message>
        <message>
            <source>the file or its folder is read-only</source>
            <translation>파일이나 폴더가 읽기 전용임</translation>
        </message>
    </context>
    <context>
        <name>StoreRefused</name>
        <message>
            <source>Choose another file.</source>
            <translation>다른 파일을 선택하세요.</translation>
        </message>
        <message>
            <source>Seller Inbox cannot open its database</source>
            <translation>Seller Inbox에서 데이터베이스를 열 수 없습니다</translation>
        </message>
        <message>
            <source>Choose &amp;another file…</source>
            <translation>다른 파일 선택(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>종료(&amp;Q)</translation>
        </message>
        <message>
            <source>Open a Seller Inbox database</source>
            <translation>Seller Inbox 데이터베이스 열기</translation>
        </message>
        <message>
            <source>Choose another file, or open the default store.</source>
            <translation>다른 파일을 선택하거나 기본 저장소를 여세요.</translation>
        </message>
        <message>
            <source>Open the &amp;default store</source>
            <translation>기본 저장소 열기(&amp;D)</translation>
        </message>
        <message>
            <source>Seller Inbox databases (*.sqlite3 *.db)</source>
            <translation>Seller Inbox 데이터베이스 (*.sqlite3 *.db)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>모든 파일 (*)</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>Cancelling…</source>
            <translation>취소하는 중…</translation>
        </message>
        <message>
            <source>Checking mail…</source>
            <translation>메일 확인 중…</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) may have been sent: open the conversation to resend, mark as sent or discard.</source>
            <translation>
                <numerusform>메시지 %n개가 전송되었을 수 있습니다: 대화를 열어 다시 보내거나, 보낸 것으로 표시하거나, 삭제하세요.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mail check cancelled.</source>
            <translation>메일 확인을 취소했습니다.</translation>
        </message>
        <message numerus="yes">
            <source>Mail checked: %n new message(s).</source>
            <translation>
                <numerusform>메일을 확인했습니다. 새 메시지 %n개.</numerusform>
            </translation>
        </message>
        <message>
            <source>No mail account yet: Mail ▸ Add account…</source>
            <translation>아직 메일 계정이 없습니다: 메일 ▸ 계정 추가…</translation>
        </message>
        <message>
            <source>Mail check failed: %1</source>
            <translation>메일 확인 실패: %1</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Stop checking mail</source>
            <translation>메일 확인 중지</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <source>Connect to a &amp;team inbox…</source>
            <translation>팀 받은편지함에 연결(&amp;T)…</translation>
        </message>
        <message>
            <source>Connect to a team inbox</source>
            <translation>팀 받은편지함에 연결</translation>
        </message>
        <message>
            <source>Team inbox: %1</source>
            <translation>팀 받은편지함: %1</translation>
        </message>
        <message>
            <source>You joined the team inbox at %1 as %2. Seller Inbox opens it from its next start.</source>
            <translation>%1의 팀 받은편지함에 %2(으)로 참여했습니다. Seller Inbox는 다음 시작부터 이 받은편지함을 엽니다.</translation>
        </message>
        <message>
            <source>Offline: the team server cannot be reached. Your drafts are kept on this computer and the team's changes appear when it is back.</source>
            <translation>오프라인: 팀 서버에 연결할 수 없습니다. 초안은 이 컴퓨터에 보관되며, 서버가 돌아오면 팀의 변경 사항이 표시됩니다.</translation>
        </message>
        <message>
            <source>Back online: the team inbox is up to date.</source>
            <translation>다시 온라인: 팀 받은편지함이 최신 상태입니다.</translation>
        </message>
        <message>
            <source>Offline: %1</source>
            <translation>오프라인: %1</translation>
        </message>
        <message>
            <source>%1 is already replying to this thread: check before you answer it too.</source>
            <translation>%1 님이 이미 이 대화에 답장을 작성 중입니다. 같이 답장하기 전에 확인하세요.</translation>
        </message>
        <message>
            <source>Someone else on the team</source>
            <translation>팀의 다른 사람</translation>
        </message>
        <message>
            <source>Already answered</source>
            <translation>이미 답장됨</translation>
        </message>
        <message>
            <source>%1 +%2</source>
            <translation>%1 외 %2명</translation>
        </message>
        <message>
            <source>%1 answered this thread after you started your reply. Send yours too?</source>
            <translation>회원님이 답장을 시작한 뒤 %1 님이 이 대화에 답장했습니다. 회원님의 답장도 보낼까요?</translation>
        </message>
        <message>
            <source>%1 is replying</source>
            <translation>%1 님이 답장을 작성 중입니다</translation>
        </message>
        <message>
            <source>%1 has this thread open</source>
            <translation>%1 님이 이 대화를 보고 있습니다</translation>
        </message>
    </context>
    <context>
        <name>TeamConnectDialog</name>
        <message>
            <source>Connect to a team inbox</source>
            <translation>팀 받은편지함에 연결</translation>
        </message>
        <message>
            <source>A team shares one inbox on a PostgreSQL server. Each person works at a seat of their own; the password stays in this computer's keyring.</source>
            <translation>팀은 PostgreSQL 서버에서 받은편지함 하나를 함께 씁니다. 각자 자신의 자리에서 일하며, 비밀번호는 이 컴퓨터의 키링에 보관됩니다.</translation>
        </message>
        <message>
            <source>e.g. db.example.com</source>
            <translation>예: db.example.com</translation>
        </message>
        <message>
            <source>e.g. shop</source>
            <translation>예: shop</translation>
        </message>
        <message>
            <source>the database user</source>
            <translation>데이터베이스 사용자</translation>
        </message>
        <message>
            <source>empty if none</source>
            <translation>없으면 비워 두세요</translation>
        </message>
        <message>
            <source>as your teammates know you</source>
            <translation>동료들이 아는 이름</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>서버(&amp;S):</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>포트(&amp;O):</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>데이터베이스(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>사용자(&amp;U):</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>비밀번호(&amp;W):</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>이름(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>연결(&amp;C)</translation>
        </message>
        <message>
            <source>Connecting to the team inbox…</source>
            <translation>팀 받은편지함에 연결하는 중…</translation>
        </message>
        <message>
            <source>The team inbox could not be joined: %1</source>
            <translation>팀 받은편지함에 참여할 수 없습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>Saved replies</source>
            <translation>저장된 답장</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>새로 만들기(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>삭제(&amp;D)</translation>
        </message>
        <message>
            <source>Insert placeholder</source>
            <translation>자리표시자 넣기</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>미리 보기</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>이름(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>언어(&amp;L):</translation>
        </message>
        <message>
            <source>S&amp;ubject:</source>
            <translation>제목(&amp;U):</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>본문(&amp;T):</translation>
        </message>
        <message>
            <source>Preview:</source>
            <translation>미리 보기:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>저장(&amp;S)</translation>
        </message>
        <message>
            <source>Cannot be saved: {why}</source>
            <translation>저장할 수 없음: {why}</translation>
        </message>
        <message>
            <source>Give the saved reply a name.</source>
            <translation>저장된 답장에 이름을 붙이세요.</translation>
        </message>
        <message>
            <source>Another saved reply in this language is called “{name}”.</source>
            <translation>이 언어에 “{name}”(이)라는 다른 저장된 답장이 있습니다.</translation>
        </message>
        <message>
            <source>Not saved: {why}</source>
            <translation>저장하지 못했습니다: {why}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>저장했습니다.</translation>
        </message>
        <message>
            <source>Close again to discard the changes.</source>
            <translation>변경 사항을 버리려면 다시 닫으세요.</translation>
        </message>
        <message>
            <source>Delete saved reply</source>
            <translation>저장된 답장 삭제</translation>
        </message>
        <message>
            <source>Delete the saved reply “{name}”? This cannot be undone.</source>
            <translation>저장된 답장 “{name}”을(를) 삭제할까요? 되돌릴 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>TemplatePicker</name>
        <message>
            <source>Insert a saved reply</source>
            <translation>저장된 답장 삽입</translation>
        </message>
        <message>
            <source>Search saved replies</source>
            <translation>저장된 답장 검색</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>미리 보기</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>삽입(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>ThreadList</name>
        <message>
            <source>Time left</source>
            <translation>남은 시간</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>구매자</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>주문</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>마켓</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>활동</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>답장 완료</translation>
        </message>
        <message>
            <source>no reply needed</source>
            <translation>응답 필요 없음</translation>
        </message>
        <message>
            <source>Marked as no response needed: the clock is stopped</source>
            <translation>응답 필요 없음으로 표시됨: 응답 타이머 멈춤</translation>
        </message>
        <message>
            <source>A reply is queued in the outbox</source>
            <translation>답장이 보낼 편지함에서 대기 중입니다</translation>
        </message>
        <message>
            <source>A reply is being sent</source>
            <translation>답장을 보내는 중입니다</translation>
        </message>
        <message>
            <source>A reply failed to send</source>
            <translation>답장을 보내지 못했습니다</translation>
        </message>
        <message>
            <source>A reply may have been sent (status unknown)</source>
            <translation>답장을 보냈을 수 있습니다(상태 알 수 없음)</translation>
        </message>
        <message>
            <source>This buyer opted out of unsolicited messages</source>
            <translation>이 구매자는 원치 않는 메시지의 수신을 거부했습니다</translation>
        </message>
        <message>
            <source>You have a draft in this thread</source>
            <translation>이 대화에 초안이 있습니다</translation>
        </message>
        <message>
            <source>Assigned to %1</source>
            <translation>담당: %1</translation>
        </message>
        <message>
            <source>Order type: %1</source>
            <translation>주문 유형: %1</translation>
        </message>
        <message>
            <source>Reply by %1 (Amazon's 24-hour window)</source>
            <translation>%1까지 답장(Amazon 24시간 기한)</translation>
        </message>
    </context>
    <context>
        <name>ThreadWrites</name>
        <message>
            <source>the store could not be written.</source>
            <translation>저장소에 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>Change not saved: %1 The thread is as it was.</source>
            <translation>변경 내용이 저장되지 않았습니다: %1 대화는 그대로입니다.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting for the team server</source>
            <translation>
                <numerusform>팀 서버를 기다리는 변경 사항 %n개</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ThreadsController</name>
        <message numerus="yes">
            <source>%n or more thread(s) match “%1”</source>
            <translation>
                <numerusform>“%1” 검색 결과: 대화 %n개 이상</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n thread(s) match “%1”</source>
            <translation>
                <numerusform>“%1” 검색 결과: 대화 %n개</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Unexpected</name>
        <message>
            <source>Seller Inbox hit an unexpected problem (%1). Nothing already saved is lost. Details for a bug report are in %2.</source>
            <translation>Seller Inbox에 예기치 않은 문제가 생겼습니다(%1). 이미 저장된 내용은 잃지 않았습니다. 버그 보고에 필요한 자세한 내용은 %2에 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>UnknownBanner</name>
        <message>
            <source>Resend</source>
            <translation>다시 보내기</translation>
        </message>
        <message>
            <source>Only after checking in Seller Central that the buyer did NOT receive it.</source>
            <translation>구매자가 받지 않았음을 Seller Central에서 확인한 뒤에만 사용하십시오.</translation>
        </message>
        <message>
            <source>It was sent</source>
            <translation>보냄으로 처리</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>“{subject}” may have been sent: the app stopped while sending it. Check the buyer's messages in Seller Central, then resend or discard it. It is never resent on its own.</source>
            <translation>“{subject}” 메시지가 이미 전송되었을 수 있습니다. 보내는 도중 앱이 중지되었습니다. Seller Central에서 구매자의 메시지를 확인한 뒤 다시 보내거나 삭제하십시오. 자동으로 다시 보내지 않습니다.</translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>(제목 없음)</translation>
        </message>
        <message numerus="yes">
            <source>(%n more)</source>
            <translation>
                <numerusform>(외 %n개)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>All open</source>
            <translation>열린 대화 전체</translation>
        </message>
        <message>
            <source>Due in &lt; 4 h</source>
            <translation>기한 4시간 미만</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>기한 초과</translation>
        </message>
        <message>
            <source>Opted-out buyers</source>
            <translation>수신 거부 구매자</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>답장 완료</translation>
        </message>
        <message>
            <source>No response needed</source>
            <translation>응답 필요 없음</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>내 담당</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>보낼 편지함</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>임시 보관함</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>보낸 편지함</translation>
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
            <translation>저장소가 사용 중입니다(다른 프로그램이 쓰는 중). 임시 보관 메시지는 유지되며 잠시 후 저장됩니다.</translation>
        </message>
        <message>
            <source>The store is busy (another program is writing); your change is kept and will be saved in a moment.</source>
            <translation>저장소가 사용 중입니다(다른 프로그램이 쓰는 중). 변경 내용은 유지되며 잠시 후 저장됩니다.</translation>
        </message>
    </context>
    <context>
        <name>policy</name>
        <message>
            <source>Remove the link to {host}: only Amazon and parcel-tracking links are allowed.</source>
            <translation>{host} 링크를 제거하십시오. Amazon 링크와 택배 조회 링크만 허용됩니다.</translation>
        </message>
        <message>
            <source>Remove the disguised link to {host}: written-out domains count as links too.</source>
            <translation>위장된 {host} 링크를 제거하십시오. 풀어 쓴 도메인도 링크로 간주됩니다.</translation>
        </message>
        <message>
            <source>Remove the link to {host}: it looks like Amazon but is not an Amazon domain.</source>
            <translation>{host} 링크를 제거하십시오. Amazon처럼 보이지만 Amazon 도메인이 아닙니다.</translation>
        </message>
        <message>
            <source>Use https:// instead of http:// for {host}: Amazon allows only secure links.</source>
            <translation>{host}에는 http:// 대신 https://를 사용하십시오. Amazon은 보안 링크만 허용합니다.</translation>
        </message>
        <message>
            <source>Remove the e-mail address {text}: buyers and sellers talk only through Amazon's messages.</source>
            <translation>이메일 주소 {text}을(를) 제거하십시오. 구매자와 판매자는 Amazon 메시지로만 연락합니다.</translation>
        </message>
        <message>
            <source>Remove the disguised e-mail address {text}: written-out addresses count too.</source>
            <translation>위장된 이메일 주소 {text}을(를) 제거하십시오. 풀어 쓴 주소도 해당됩니다.</translation>
        </message>
        <message>
            <source>Phone number {text}: allowed only for warranty, carrier or manufacturer contact. Remove it otherwise.</source>
            <translation>전화번호 {text}: 보증, 택배사 또는 제조사 연락처로만 허용됩니다. 그 밖의 경우에는 제거하십시오.</translation>
        </message>
        <message>
            <source>Remove the unsubscribe / opt-out wording ("{text}"): Amazon manages opt-outs itself.</source>
            <translation>구독 취소 / 수신 거부 문구("{text}")를 제거하십시오. 수신 거부는 Amazon이 직접 관리합니다.</translation>
        </message>
        <message>
            <source>Remove the marketing content ("{text}"): no promotions, coupons, discounts or follow requests.</source>
            <translation>마케팅 내용("{text}")을 제거하십시오. 프로모션, 쿠폰, 할인, 팔로우 요청은 허용되지 않습니다.</translation>
        </message>
        <message>
            <source>Remove the promotion of other products or stores ("{text}").</source>
            <translation>다른 상품이나 상점의 홍보("{text}")를 제거하십시오.</translation>
        </message>
        <message>
            <source>Never offer anything ("{text}") in a message that asks for a review or feedback.</source>
            <translation>리뷰나 피드백을 요청하는 메시지에서는 어떤 것도 제공하지 마십시오("{text}").</translation>
        </message>
        <message>
            <source>Do not steer the review ("{text}"): ask neutrally, never for a positive review, never only happy buyers, never to change or remove one.</source>
            <translation>리뷰를 유도하지 마십시오("{text}"). 중립적으로 요청하고, 긍정적인 리뷰를 요구하거나, 만족한 구매자에게만 요청하거나, 리뷰의 수정 또는 삭제를 요청하지 마십시오.</translation>
        </message>
        <message>
            <source>Review or feedback request ("{text}"): allowed once per order, and not to buyers who opted out.</source>
            <translation>리뷰 또는 피드백 요청("{text}"): 주문당 한 번만 허용되며 수신을 거부한 구매자에게는 보낼 수 없습니다.</translation>
        </message>
        <message>
            <source>A review or feedback request was already sent for this order: remove "{text}".</source>
            <translation>이 주문에는 이미 리뷰 또는 피드백 요청을 보냈습니다. "{text}" 부분을 제거하십시오.</translation>
        </message>
        <message>
            <source>This message only says "{text}": Amazon asks sellers not to send messages that are only confirmations, thanks or offers of help.</source>
            <translation>이 메시지의 내용은 "{text}"뿐입니다. Amazon은 확인, 감사 인사, 도움 제안만 담은 메시지를 보내지 않도록 요청합니다.</translation>
        </message>
        <message>
            <source>Remove the emoji or pictograph {text}: Amazon does not allow them.</source>
            <translation>이모지 또는 그림 문자 {text}을(를) 제거하십시오. Amazon에서 허용하지 않습니다.</translation>
        </message>
        <message>
            <source>Remove the HTML markup {text}: messages must be plain text.</source>
            <translation>HTML 마크업 {text}을(를) 제거하십시오. 메시지는 일반 텍스트여야 합니다.</translation>
        </message>
        <message>
            <source>Use at most two line breaks in a row ({count} here).</source>
            <translation>줄 바꿈은 연속 두 번까지만 사용하십시오(여기에는 {count}번).</translation>
        </message>
        <message>
            <source>Add the order id (like 123-1234567-1234567) to the subject or body: a message you start must name the order.</source>
            <translation>제목이나 본문에 주문 번호(예: 123-1234567-1234567)를 추가하십시오. 먼저 보내는 메시지에는 주문 번호가 있어야 합니다.</translation>
        </message>
        <message>
            <source>Add this order's id {order_id} to the subject or body: a message you start must name the order.</source>
            <translation>제목이나 본문에 이 주문의 번호({order_id})를 추가하십시오. 먼저 보내는 메시지에는 주문 번호가 있어야 합니다.</translation>
        </message>
        <message>
            <source>The order was delivered {days} days ago: you may start a message only within {limit} days.</source>
            <translation>주문이 {days}일 전에 배송되었습니다. 메시지는 배송 후 {limit}일 이내에만 먼저 보낼 수 있습니다.</translation>
        </message>
        <message>
            <source>The body has {length} characters: Amazon accepts at most {limit}.</source>
            <translation>본문이 {length}자입니다. Amazon은 최대 {limit}자까지 허용합니다.</translation>
        </message>
        <message>
            <source>This text has {length} characters: a message may hold at most {limit} to be checked and sent. Shorten it.</source>
            <translation>이 텍스트는 {length}자입니다. 메시지는 최대 {limit}자까지만 검사하고 보낼 수 있습니다. 줄여 주세요.</translation>
        </message>
        <message>
            <source>Checked the first {checked} of {length} characters while you type; the whole message is checked when you send it.</source>
            <translation>입력하는 동안 {length}자 중 처음 {checked}자를 검사했습니다. 보낼 때 메시지 전체를 검사합니다.</translation>
        </message>
        <message>
            <source>The body looks like {detected}, but the buyer's language is {expected}: write in the buyer's language.</source>
            <translation>본문 언어는 {detected}(으)로 보이지만 구매자의 언어는 {expected}입니다. 구매자의 언어로 작성하십시오.</translation>
        </message>
        <message>
            <source>This buyer opted out of messages and this content is not critical ("{text}"): it cannot be sent, even with the {tag} tag.</source>
            <translation>이 구매자는 메시지 수신을 거부했으며 이 내용은 필수 내용이 아닙니다("{text}"). {tag} 태그를 붙여도 보낼 수 없습니다.</translation>
        </message>
        <message>
            <source>This buyer opted out of messages: add {tag} to the subject, as this content is critical ("{text}").</source>
            <translation>이 구매자는 메시지 수신을 거부했습니다. 이 내용은 필수 내용이므로("{text}") 제목에 {tag}을(를) 추가하십시오.</translation>
        </message>
        <message>
            <source>This buyer opted out: reply on the buyer's own thread, or use a critical contact reason in Seller Central.</source>
            <translation>이 구매자는 수신을 거부했습니다. 구매자가 시작한 대화에서 답장하거나 Seller Central에서 필수 연락 사유를 사용하십시오.</translation>
        </message>
        <message>
            <source>Remove {tag}: the tag is only for critical content, and this is not ("{text}"); Amazon may penalise misuse.</source>
            <translation>{tag}을(를) 제거하십시오. 이 태그는 필수 내용에만 사용하며 이 내용은 해당하지 않습니다("{text}"). Amazon에서 오용에 불이익을 줄 수 있습니다.</translation>
        </message>
        <message>
            <source>The {tag} tag is not needed here: this buyer has not opted out.</source>
            <translation>여기에는 {tag} 태그가 필요하지 않습니다. 이 구매자는 수신을 거부하지 않았습니다.</translation>
        </message>
        <message>
            <source>The {tag} tag is not needed on a reply to the buyer's own thread.</source>
            <translation>구매자가 시작한 대화에 대한 답장에는 {tag} 태그가 필요하지 않습니다.</translation>
        </message>
        <message>
            <source>The {tag} tag is not needed: {order_type} orders are exempt from opt-out.</source>
            <translation>{tag} 태그가 필요하지 않습니다. {order_type} 주문은 수신 거부 대상에서 제외됩니다.</translation>
        </message>
        <message>
            <source>{name}: {kind} files cannot be sent; use PDF, Word, JPEG, PNG, GIF or plain text.</source>
            <translation>{name}: {kind} 파일은 보낼 수 없습니다. PDF, Word, JPEG, PNG, GIF 또는 일반 텍스트를 사용하십시오.</translation>
        </message>
        <message>
            <source>{name}: the name says .{ext} but the content is {kind}.</source>
            <translation>{name}: 확장자는 .{ext}인데 실제 내용은 {kind}입니다.</translation>
        </message>
        <message>
            <source>{name}: macro-enabled Word documents cannot be sent ({trigger}).</source>
            <translation>{name}: 매크로 사용 Word 문서는 보낼 수 없습니다({trigger}).</translation>
        </message>
        <message>
            <source>{name}: PDFs that run actions or carry embedded files cannot be sent ({trigger}).</source>
            <translation>{name}: 동작을 실행하거나 파일이 포함된 PDF는 보낼 수 없습니다 ({trigger}).</translation>
        </message>
        <message>
            <source>Attachments total {size_mb} MB: the limit is {limit_mb} MB.</source>
            <translation>첨부 파일 합계가 {size_mb} MB입니다. 한도는 {limit_mb} MB입니다.</translation>
        </message>
        <message>
            <source>{count} attachments: Amazon takes at most {limit} per message.</source>
            <translation>첨부 파일 {count}개: Amazon은 메시지당 최대 {limit}개까지 받습니다.</translation>
        </message>
        <message>
            <source>{name} contains a link to {host}: only Amazon and parcel-tracking links are allowed.</source>
            <translation>{name}에 {host} 링크가 있습니다. Amazon 링크와 택배 조회 링크만 허용됩니다.</translation>
        </message>
        <message>
            <source>{name} is an animated GIF ({frames} frames): Amazon does not allow them.</source>
            <translation>{name}: 애니메이션 GIF({frames}프레임)입니다. Amazon에서 허용하지 않습니다.</translation>
        </message>
        <message>
            <source>{name} cannot be read: {reason}.</source>
            <translation>{name}을(를) 읽을 수 없습니다: {reason}.</translation>
        </message>
        <message>
            <source>{name} is encrypted or password-protected: Amazon cannot show it to the buyer.</source>
            <translation>{name}: 암호화되었거나 비밀번호로 보호되어 있어 Amazon이 구매자에게 보여 줄 수 없습니다.</translation>
        </message>
        <message>
            <source>{name} is empty.</source>
            <translation>{name}: 파일이 비어 있습니다.</translation>
        </message>
        <message>
            <source>{name} is refused: {reason} (a decompression bomb guard).</source>
            <translation>{name}을(를) 거부했습니다: {reason}(압축 폭탄 방지).</translation>
        </message>
        <message>
            <source>not valid text</source>
            <translation>올바른 텍스트가 아님</translation>
        </message>
        <message>
            <source>its content cannot be inspected</source>
            <translation>내용을 검사할 수 없음</translation>
        </message>
        <message>
            <source>damaged PDF</source>
            <translation>손상된 PDF</translation>
        </message>
        <message>
            <source>damaged PDF (nested too deeply)</source>
            <translation>손상된 PDF(중첩이 너무 깊음)</translation>
        </message>
        <message>
            <source>truncated PDF (no end marker)</source>
            <translation>잘린 PDF(끝 표시 없음)</translation>
        </message>
        <message>
            <source>the PDF has no pages</source>
            <translation>PDF에 페이지가 없음</translation>
        </message>
        <message>
            <source>{count} pages</source>
            <translation>{count}페이지</translation>
        </message>
        <message>
            <source>over {limit} annotations</source>
            <translation>주석이 {limit}개 초과</translation>
        </message>
        <message>
            <source>too many objects to inspect</source>
            <translation>검사할 개체가 너무 많음</translation>
        </message>
        <message>
            <source>damaged image</source>
            <translation>손상된 이미지</translation>
        </message>
        <message>
            <source>damaged image (no size in the header)</source>
            <translation>손상된 이미지(헤더에 크기 없음)</translation>
        </message>
        <message>
            <source>{width}×{height} pixels is over the {limit} Mpx limit</source>
            <translation>{width}×{height}픽셀은 {limit}Mpx 제한을 초과함</translation>
        </message>
        <message>
            <source>truncated JPEG (no end marker)</source>
            <translation>잘린 JPEG(끝 표시 없음)</translation>
        </message>
        <message>
            <source>damaged archive</source>
            <translation>손상된 압축 파일</translation>
        </message>
        <message>
            <source>{count} entries in the archive</source>
            <translation>압축 파일에 항목 {count}개</translation>
        </message>
        <message>
            <source>it declares {size} MB uncompressed</source>
            <translation>압축 해제 시 {size}MB로 선언됨</translation>
        </message>
        <message>
            <source>{member} expands {ratio} times</source>
            <translation>{member}이(가) {ratio}배로 늘어남</translation>
        </message>
        <message>
            <source>overlapping entries (a zip bomb trick)</source>
            <translation>겹치는 항목(zip 폭탄 수법)</translation>
        </message>
        <message>
            <source>{member} is larger than {limit} bytes</source>
            <translation>{member}이(가) {limit}바이트보다 큼</translation>
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
            <translation>매크로 사용 Word</translation>
        </message>
        <message>
            <source>JPEG image</source>
            <translation>JPEG 이미지</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>PNG 이미지</translation>
        </message>
        <message>
            <source>GIF image</source>
            <translation>GIF 이미지</translation>
        </message>
        <message>
            <source>plain text</source>
            <translation>일반 텍스트</translation>
        </message>
        <message>
            <source>Windows program</source>
            <translation>Windows 프로그램</translation>
        </message>
        <message>
            <source>Linux program</source>
            <translation>Linux 프로그램</translation>
        </message>
        <message>
            <source>macOS program</source>
            <translation>macOS 프로그램</translation>
        </message>
        <message>
            <source>script</source>
            <translation>스크립트</translation>
        </message>
        <message>
            <source>zip archive</source>
            <translation>zip 압축 파일</translation>
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
            <translation>SVG 이미지</translation>
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
            <translation>빈 파일</translation>
        </message>
        <message>
            <source>unknown binary</source>
            <translation>알 수 없는 바이너리</translation>
        </message>
        <message>
            <source>encrypted Office document</source>
            <translation>암호화된 Office 문서</translation>
        </message>
        <message>
            <source>Office (OLE) container</source>
            <translation>Office(OLE) 컨테이너</translation>
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