## AgorAL — الواجهة باللغة العربية.
## كل رسالة هنا يجب أن توجد أيضًا في it و en و fr.

digit-separator = ,

## إطار الموقع
skip-to-content = انتقل إلى المحتوى الرئيسي
header-owner = Provincia di Alessandria · برنامج الهجرة
site-tagline = الهجرة والاندماج في مقاطعة أليساندريا
language-switcher = اللغة
nav-main = القائمة الرئيسية
nav-home = الرئيسية
nav-login = تسجيل الدخول
nav-logout = تسجيل الخروج
nav-back-office = المنطقة الخاصة
nav-dashboard = لوحة العمل
nav-users = المستخدمون
nav-organisations = المؤسسات
nav-pages = الصفحات
nav-problem-reports = البلاغات
nav-audit = سجل الأمان
nav-account = حسابي
nav-public-site = الموقع العام
footer-programme-title = البرنامج
footer-programme-text = AgorAL هي منصة شبكة الهجرة في مقاطعة أليساندريا، وتنسّقها Prefettura (المحافظة). تضم المنصة مجلة، وشبكة من المؤسسات، ومرصدًا، ودليلًا للخدمات.
footer-licence-title = ترخيص المحتوى
footer-licence-text = ما لم يُذكر غير ذلك، يُنشر المحتوى بموجب الترخيص
footer-links-title = روابط مفيدة
footer-accessibility = بيان إمكانية الوصول
footer-privacy = سياسة الخصوصية
footer-legal = الملاحظات القانونية
footer-report-problem = الإبلاغ عن مشكلة
footer-last-updated-label = آخر تحديث:
footer-last-updated = آخر تحديث: { $date }

## الصفحة الرئيسية
home-title = الهجرة والاندماج في مقاطعة أليساندريا
home-intro = قصص عن الاندماج، وأخبار عن الهجرة والاستقبال، وبيانات Osservatorio (المرصد)، ودليل للخدمات المقدمة للأجانب، بأربع لغات.
home-figures-title = المقاطعة بالأرقام
home-figures-comuni = بلدية
home-figures-population = مقيم في 1 يناير 2021
home-figures-organisations = مؤسسة في الشبكة
home-figures-source = المصدر: ISTAT، عدد السكان المقيمين في 1 يناير 2021 (ترخيص CC BY).
home-about-title = ماذا تجد هنا
home-cap-magazine = المجلة
home-cap-magazine-text = قصص اندماج من منطقتنا، وأخبار عن الهجرة والاستقبال والاندماج، من المستوى المحلي إلى المستوى الدولي.
home-cap-services = الخدمات
home-cap-services-text = إلى أين تذهب من أجل الوثائق، والصحة، والمدرسة، والعمل، والسكن، والمساعدة القانونية، مع مواعيد العمل واللغات التي يتحدثها الموظفون في المكتب.
home-cap-data = البيانات
home-cap-data-text = بيانات Osservatorio (المرصد المشترك بين المؤسسات) عن وجود الأجانب، مع رسوم بيانية وخرائط للبلديات.
home-cap-network = الشبكة
home-cap-network-text = ترسل Prefettura و Questura والبلديات و ASL والمدارس والجمعيات بيانات صحفية وممارسات جيدة إلى فريق التحرير.

## الصفحات
page-not-translated = هذه الصفحة غير مترجمة إلى لغتك بعد، لذلك نعرضها باللغة الإيطالية.
report-form-title = اكتب بلاغك
report-page-url = الصفحة التي وجدت فيها المشكلة
report-message = وصف المشكلة
report-email = بريدك الإلكتروني (اختياري)
report-email-help = فقط إذا كنت تريد ردًا. لن نستخدمه لأي شيء آخر.
report-submit = أرسل البلاغ
report-sent = شكرًا لك. وصلنا بلاغك.
report-already-sent = تم إرسال هذا البلاغ من قبل. للإبلاغ عن مشكلة أخرى، اكتبها مرة أخرى أدناه وأرسلها.
form-leave-empty = اترك هذا الحقل فارغًا

## النماذج
form-has-errors = في النموذج أخطاء. صحّح الحقول المشار إليها.
form-save = حفظ
field-email = البريد الإلكتروني
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-confirm-password = أعد كتابة كلمة المرور الجديدة
field-current-password = كلمة المرور الحالية
field-display-name = الاسم
field-roles = الأدوار
field-organisation = المؤسسة
field-none = لا شيء
field-locale = لغة المنطقة الخاصة
field-name = الاسم
field-kind = النوع
field-comune = البلدية
field-website = الموقع الإلكتروني
field-network-member = عضو في الشبكة
field-title = العنوان
field-body-markdown = النص (Markdown)
field-language = اللغة
field-updated = تاريخ التحديث
field-totp-code = الرمز
password-rules = 12 حرفًا على الأقل. الجملة المكوّنة من عدة كلمات سهلة التذكر وصعبة التخمين.
yes = نعم
no = لا
example-badge = مثال
pagination = صفحات النتائج
pagination-previous = السابق
pagination-next = التالي

## أخطاء الحقول
error-required = هذا الحقل مطلوب.
error-too-long = النص طويل جدًا.
-text-too-short = النص قصير جدًا: اكتب { $min } أحرف على الأقل.
error-too-short = النص قصير جدًا.
error-too-short-2 = { -text-too-short(min: 2) }
error-too-short-3 = { -text-too-short(min: 3) }
error-too-short-5 = { -text-too-short(min: 5) }
error-too-short-20 = { -text-too-short(min: 20) }
error-too-short-30 = { -text-too-short(min: 30) }
error-control-characters = في النص أحرف غير مسموح بها.
error-bidi-control = يحتوي النص على أحرف تعكس اتجاه الكتابة (مثل U+202E): احذفها.
error-email-invalid = اكتب عنوان بريد إلكتروني صحيحًا، مثل name@example.com.
error-email-taken = يوجد مستخدم بهذا البريد الإلكتروني.
error-password-too-short = يجب أن تتكوّن كلمة المرور من 12 حرفًا على الأقل.
error-password-too-long = يمكن أن تتكوّن كلمة المرور من 256 حرفًا على الأكثر.
error-password-repetitive = لا يمكن أن تكون كلمة المرور حرفًا واحدًا مكررًا.
error-password-mismatch = كلمتا المرور غير متطابقتين.
error-current-password = كلمة المرور الحالية غير صحيحة.
error-roles-required = اختر دورًا واحدًا على الأقل.
error-own-admin-role = لا يمكنك أن تزيل دور المسؤول عن نفسك.
error-choice-invalid = اختر أحد الخيارات المعروضة.
error-istat-invalid = اختر بلدية من بلديات المقاطعة.
error-url-invalid = اكتب عنوان موقع كاملًا يبدأ بـ https://.
error-name-taken = توجد مؤسسة بهذا الاسم.
error-too-fast = أُرسل النموذج بسرعة كبيرة. تحقق من البيانات وأرسله مرة أخرى.

## صفحات الأخطاء
error-400-title = طلب غير صالح
error-400-text = في الطلب بيانات غير صالحة. ارجع إلى الصفحة السابقة وحاول مرة أخرى.
error-403-title = الدخول غير مسموح
error-403-text = ليس لديك إذن لرؤية هذه الصفحة.
error-404-title = الصفحة غير موجودة
error-404-text = الصفحة التي تبحث عنها غير موجودة أو نُقلت إلى مكان آخر.
error-405-text = هذه العملية غير متاحة على هذا العنوان.
error-408-text = استغرق الطلب وقتًا طويلًا. حاول مرة أخرى.
error-413-text = البيانات المرسلة كبيرة جدًا.
error-429-text = طلبات كثيرة في وقت قصير. انتظر بضع دقائق ثم حاول مرة أخرى.
error-500-title = خطأ في الخادم
error-500-text = حدث خطأ غير متوقع. تم تسجيل المشكلة. حاول مرة أخرى بعد قليل.
error-csrf-text = انتهت صلاحية النموذج أو أنه غير صالح. أعد تحميل الصفحة وأرسله مرة أخرى.
error-back-home = العودة إلى الصفحة الرئيسية

## الدخول
login-title = الدخول إلى المنطقة الخاصة
login-submit = تسجيل الدخول
login-forgot = هل نسيت كلمة المرور؟
login-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
login-throttled = محاولات فاشلة كثيرة. انتظر بضع دقائق قبل أن تحاول مرة أخرى.
verify-title = التحقق بخطوتين
verify-intro = اكتب الرمز المكوّن من ستة أرقام الذي يظهر في تطبيق المصادقة.
verify-recovery-help = ليس معك هاتفك؟ اكتب أحد رموز الاسترداد.
verify-submit = تحقق
verify-cancel = إلغاء وتسجيل الخروج
verify-failed = الرمز غير صالح أو استُخدم من قبل.
forgot-title = نسيت كلمة المرور
forgot-intro = اكتب البريد الإلكتروني لحسابك، وسنرسل لك رابطًا لاختيار كلمة مرور جديدة.
forgot-submit = أرسل الرابط
reset-title = اختر كلمة مرور جديدة
invitation-title = فعّل حسابك
set-password-intro = اختر كلمة المرور التي ستستخدمها للدخول.
set-password-submit = احفظ كلمة المرور
token-invalid = الرابط غير صالح، أو انتهت صلاحيته، أو استُخدم من قبل.
notice-password-changed = تم حفظ كلمة المرور. يمكنك الآن تسجيل الدخول.
notice-logged-out = خرجت من المنطقة الخاصة.
notice-sessions-closed = تم إغلاق الجلسات الأخرى.
notice-user-invited = تم إرسال الدعوة.
notice-saved = تم حفظ التغييرات.
notice-reset-sent = إذا كان العنوان مرتبطًا بحساب، فستصلك قريبًا رسالة بريد إلكتروني فيها الرابط.
notice-two-factor-disabled = تم إيقاف التحقق بخطوتين.
notice-two-factor-reset = تم إيقاف التحقق بخطوتين: سيعيد المستخدم إعداده عند تسجيل الدخول التالي.

## الحساب
account-title = حسابي
account-profile = الملف الشخصي
account-change-password = تغيير كلمة المرور
account-change-password-submit = غيّر كلمة المرور
account-two-factor = التحقق بخطوتين
account-two-factor-on = التحقق بخطوتين مفعّل. عدد رموز الاسترداد غير المستخدمة: { $count }.
account-two-factor-off = التحقق بخطوتين غير مفعّل.
account-two-factor-enable = فعّل التحقق بخطوتين
account-two-factor-renew = إعداد جهاز جديد
account-two-factor-disable = أوقف التحقق بخطوتين
account-sessions = الجلسات المفتوحة
account-logout-everywhere = اخرج من جميع الأجهزة الأخرى
session-started = البداية
session-last-seen = آخر نشاط
session-address = العنوان
session-browser = المتصفح
session-this = هذه الجلسة
two-factor-title = إعداد التحقق بخطوتين
two-factor-required = دورك يتطلب التحقق بخطوتين. قم بإعداده للمتابعة.
two-factor-step-app = ثبّت تطبيقًا للمصادقة (مثل FreeOTP أو Aegis أو التطبيق الموجود في هاتفك).
two-factor-step-scan = امسح رمز QR هذا بالتطبيق.
two-factor-qr-label = رمز QR لتطبيق المصادقة
two-factor-manual = أو أدخل هذا المفتاح يدويًا:
two-factor-step-code = اكتب الرمز المكوّن من ستة أرقام الذي يظهر في التطبيق.
two-factor-confirm = تأكيد
two-factor-enabled = تم تفعيل التحقق بخطوتين.
two-factor-recovery-title = رموز الاسترداد
two-factor-recovery-text = احفظ هذه الرموز في مكان آمن. كل رمز يسمح لك بالدخول مرة واحدة إذا فقدت هاتفك. لن نعرضها مرة أخرى.
two-factor-continue = متابعة

## الأدوار وأنواع المؤسسات
role-administrator = المسؤول
role-editor = رئيس التحرير
role-author = محرر
role-contributor = شريك في الشبكة
role-analyst = محلل في Osservatorio
role-operator = مُشغِّل
organisation-kind-prefettura = Prefettura
organisation-kind-questura = Questura
organisation-kind-comune = بلدية
organisation-kind-asl = ASL
organisation-kind-scuola = مدرسة أو CPIA
organisation-kind-terzo-settore = الجمعيات والقطاع غير الربحي
organisation-kind-altro = غير ذلك

## المنطقة الخاصة
dashboard-title = لوحة العمل
dashboard-welcome = أهلًا بك، { $name }.
dashboard-your-roles = أدوارك
dashboard-unsent-mail = رسائل بريد إلكتروني تنتظر الإرسال
users-title = المستخدمون
users-invite = دعوة مستخدم
users-invite-submit = أرسل الدعوة
users-edit-title = تعديل المستخدم
users-state = الحالة
users-active = نشط
users-invited = مدعو
users-disabled = معطّل
users-two-factor = خطوتان
users-last-login = آخر دخول
users-actions = الإجراءات
users-send-reset = أرسل رابطًا لإعادة تعيين كلمة المرور
users-disable = عطّل المستخدم
users-enable = أعد تفعيل المستخدم
users-reset-two-factor = إيقاف التحقق بخطوتين (هاتف مفقود)
organisations-title = المؤسسات
organisations-new = مؤسسة جديدة
organisations-edit-title = تعديل المؤسسة
pages-title = الصفحات
pages-edit-title = تعديل الصفحة
pages-view-public = اعرض الصفحة العامة
audit-title = سجل الأمان
audit-when = متى
audit-action = الحدث
audit-actor = من
audit-subject = على من
audit-detail = التفاصيل
problem-reports-title = بلاغات القرّاء
problem-reports-none = لا توجد بلاغات.

## البريد الإلكتروني
mail-reset-subject = AgorAL: إعادة تعيين كلمة المرور
mail-reset-body =
    مرحبًا { $name }،

    لاختيار كلمة مرور جديدة، افتح هذا الرابط خلال ساعة واحدة:

    { $link }

    إذا لم تطلب إعادة تعيين كلمة المرور، تجاهل هذه الرسالة.
mail-invitation-subject = AgorAL: لقد تمت دعوتك
mail-invitation-body =
    مرحبًا { $name }،

    قام { $inviter } بدعوتك إلى المنطقة الخاصة في AgorAL. لتفعيل حسابك واختيار كلمة المرور، افتح هذا الرابط خلال سبعة أيام:

    { $link }

## النسخ الاحتياطية والمهام الطويلة
nav-backups = النسخ الاحتياطية
backups-title = النسخ الاحتياطية
backups-intro = تحتوي النسخة الاحتياطية على قاعدة البيانات وملفات الوسائط في أرشيف واحد، متسق حتى أثناء استخدام الموقع. يمكن استعادتها بالأمر agoral restore.
backups-create = إنشاء نسخة احتياطية الآن
backups-recent = النسخ الاحتياطية الأخيرة
backups-files = الأرشيفات المتاحة
backups-file = الملف
backups-size = الحجم
backups-none = لا توجد أرشيفات بعد.
backups-download = تنزيل الأرشيف
job-title = التقدم
job-progress-label = التقدم
job-state-waiting = في انتظار البدء.
job-state-running = قيد التنفيذ.
job-state-done = اكتمل.
job-state-failed = فشل بعد كل المحاولات: تم تسجيل الخطأ.
job-refresh = تحديث الحالة

## المجلة
level-locale = محلي
level-regionale = إقليمي
level-nazionale = وطني
level-internazionale = دولي
article-state-draft = مسودة
article-state-in-review = قيد المراجعة
article-state-approved = موافق عليه
article-state-scheduled = مجدول
article-state-published = منشور
article-state-archived = مؤرشف
error-slug-invalid = يجب أن يحتوي العنوان على حرف أو رقم واحد على الأقل.
error-transition-state = هذه الخطوة غير ممكنة في الحالة الحالية للمقال.
error-transition-role = دورك لا يسمح بهذه الخطوة.
error-schedule-past = اختر تاريخًا ووقتًا في المستقبل.
error-comment-required = اكتب تعليقًا يوضح ما يجب تغييره.
nav-desk = التحرير
home-latest-title = أحدث القصص
home-sections-title = الأقسام
articles-none = لا توجد مقالات بعد.
articles-level-filter = التصفية حسب المستوى
articles-all-levels = كل المستويات
article-not-translated = هذا المقال غير مترجم إلى لغتك بعد: نعرضه باللغة الإيطالية.
article-by = بقلم
article-published = نُشر في
article-updated = حُدّث في
article-reading-time = القراءة: { $minutes } دقيقة
article-source = المصدر:
article-comuni = البلديات:
article-translations = اقرأ بلغات أخرى
article-related = قصص ذات صلة
comune-intro = قصص من هذه البلدية التي يبلغ عدد سكانها { $population } نسمة (ISTAT، 1 يناير 2021).
desk-title = التحرير: المقالات
article-new-title = مقال جديد
article-create = إنشاء المسودة
article-state = الحالة
article-when = التاريخ
article-view-public = عرض الصفحة العامة
field-slug = العنوان (slug)
field-slug-help = اتركه فارغًا لإنشائه من العنوان. أحرف لاتينية صغيرة وأرقام وشرطات فقط.
field-standfirst = الملخص
field-section = القسم
field-level = المستوى
field-comuni = البلديات
field-comuni-help = اضغط مع الاستمرار على Ctrl (أو Cmd) لاختيار أكثر من واحدة.
editor-title = تعديل المقال
editor-languages = لغات المقال
editor-missing = للترجمة
editor-their-version = النسخة التي حفظها شخص آخر
editor-preview = معاينة
workflow-title = مراحل العمل
workflow-comment = تعليق لفريق التحرير
workflow-when = تاريخ ووقت النشر (بتوقيت إيطاليا)
workflow-submit = إرسال للمراجعة
workflow-request-changes = طلب تعديلات
workflow-approve = موافقة
workflow-schedule = جدولة
workflow-unschedule = إلغاء الجدولة
workflow-publish = نشر الآن
workflow-unpublish = سحب من الموقع
workflow-archive = أرشفة
workflow-restore = إعادة النشر
workflow-history = سجل المقال
revisions-title = المراجعات
revisions-back = العودة إلى المحرر
revisions-current = الحالية
revisions-compare = مقارنة
revisions-restore = استعادة
revisions-diff = الاختلافات عن النسخة الحالية
revisions-old = المراجعة المختارة
revisions-new = النسخة الحالية
revisions-removed = محذوف
revisions-added = مضاف
error-slug-taken = مقال آخر يستخدم هذا العنوان بالفعل.
error-edit-conflict = قام شخص آخر بحفظ هذا المقال أثناء تعديلك له. نصك ما زال في النموذج، والنسخة المحفوظة معروضة أعلاه: قارن بينهما واحفظ من جديد.
error-schedule-invalid = أدخل تاريخًا ووقتًا صالحين للنشر.
feed-author = فريق تحرير AgorAL
dashboard-my-drafts = مسوداتي
dashboard-in-review = في انتظار المراجعة
dashboard-scheduled = المجدولة
dashboard-published = المنشورة مؤخرًا
dashboard-empty = لا شيء هنا.
pages-new-title = صفحة جديدة
field-tags = الوسوم
field-tags-help = مفصولة بفواصل، مثلًا: العمل، النساء، Casale. يتم إنشاء الوسوم الجديدة.
error-tags-invalid = 20 وسمًا على الأكثر، كل منها 60 حرفًا كحد أقصى ويحتوي على حرف واحد على الأقل.
article-tags = الوسوم:
tag-intro = كل القصص التي تحمل هذا الوسم.
home-levels-title = من المقاطعة إلى العالم
nav-media = الصور
nav-author-profile = ملف الكاتب
nav-archive = الأرشيف
media-title = مكتبة الصور
media-detail-title = صورة
media-upload = رفع صورة
media-file = الملف
media-file-help = ‏JPEG أو PNG أو WebP، بحد أقصى { $megabytes } ميغابايت. تُحذف بيانات EXIF وموقع GPS؛ وتجهز النسخ الخاصة بالشاشات المختلفة خلال ثوانٍ.
media-alt-it = وصف لمن لا يرى الصورة (بالإيطالية)
media-alt-help = مطلوب قبل ظهور الصورة في مقال منشور. يمكن إضافته لاحقًا.
media-upload-button = رفع
media-library = كل الصور
media-search = ابحث بالاسم أو الوصف أو التعليق أو المصدر
media-search-button = بحث
media-empty = لم يتم العثور على صور.
media-alt-missing = الوصف بالإيطالية غير موجود
media-choose = استخدم هذه الصورة
media-choose-hint = اختر صورة من المكتبة أو ارفع صورة جديدة.
media-choose-cancel = إلغاء
media-back = العودة إلى المكتبة
media-dimensions = الأبعاد
media-variants = نسخ للشاشات المختلفة
media-variants-pending = قيد التجهيز
media-variants-ready = جاهزة
media-variants-failed = فشلت: ارفع الصورة مرة أخرى
media-uploaded = تاريخ الرفع
media-used-in = مستخدمة في
media-alt = الوصف (نص بديل)
media-alt-required = مطلوب
media-caption = التعليق
media-credit = المصدر (المصوّر أو الجهة)
media-licence = الترخيص
media-credit-prefix = صورة:
media-error-type = الملف ليس صورة JPEG أو PNG أو WebP (يُعرف النوع من المحتوى لا من الاسم).
media-error-pixels = الصورة كبيرة جدًا: 12000 بكسل لكل ضلع و50 مليون بكسل إجمالًا كحد أقصى.
media-error-damaged = الصورة تالفة أو غير مكتملة: حاول تصديرها مرة أخرى.
media-error-size = حجم الملف يتجاوز الحد المسموح البالغ { $megabytes } ميغابايت: صغّره أو اختر ملفًا آخر.
media-error-no-file = اختر ملفًا لرفعه.
media-error-unknown = هذه الصورة ليست في المكتبة.
media-error-alt-required = الصورة الرئيسية ليس لها وصف بالإيطالية بعد: أضفه في المكتبة قبل النشر.
media-error-alt-required-published = مقال منشور يعرض هذه الصورة: لا يمكن ترك الوصف بالإيطالية فارغًا.
notice-media-uploaded = تم رفع الصورة.
licence-cc-by-4-0 = CC BY 4.0 (نسب المصنف)
licence-cc-by-sa-4-0 = CC BY-SA 4.0 (نسب المصنف، المشاركة بالمثل)
licence-cc-by-nc-4-0 = CC BY-NC 4.0 (نسب المصنف، غير تجاري)
licence-cc0-1-0 = CC0 1.0 (بلا حقوق محفوظة)
licence-pubblico-dominio = ملكية عامة
licence-tutti-i-diritti-riservati = جميع الحقوق محفوظة (مع إذن بالاستخدام)
field-authors = التوقيعات
field-authors-help = بالترتيب الذي تظهر به على المقال.
field-author-place = التوقيع { $place }
error-authors-required = يلزم توقيع واحد على الأقل وخمسة على الأكثر.
error-authors-self = لا يمكنك حذف توقيعك: اطلب ذلك من رئيس التحرير.
featured-image = الصورة الرئيسية
featured-edit-texts = الوصف والتعليق
featured-remove = إزالة الصورة
featured-none = لا توجد صورة.
featured-choose = اختر من المكتبة
share-title = مشاركة
share-email = البريد الإلكتروني
share-whatsapp = واتساب
share-telegram = تيليغرام
share-facebook = فيسبوك
share-x = إكس
share-linkedin = لينكدإن
author-stories = المقالات
feed-atom = موجز Atom
feed-rss = موجز RSS
archive-title = الأرشيف
archive-empty = لا توجد مقالات منشورة.
archive-count = { $count ->
    [one] مقال واحد
    [two] مقالان
    [few] { $count } مقالات
   *[other] { $count } مقالًا
}
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
author-profile-title = ملفي ككاتب
author-profile-intro = تظهر صورتك وسيرتك على صفحتك ككاتب، مع مقالاتك المنشورة.
author-profile-public = عرض الصفحة العامة
author-photo = الصورة
author-photo-remove = إزالة الصورة
author-photo-none = لا توجد صورة.
author-bio = السيرة
nav-sections = الأقسام
nav-tags = الوسوم
sections-admin-title = الأقسام
sections-admin-intro = أقسام المجلة بالترتيب الذي تظهر به. يمكن ترجمة كل اسم؛ وحيث تغيب الترجمة يظهر الاسم الإيطالي.
sections-admin-new = قسم جديد
tags-admin-title = الوسوم
tags-admin-intro = تُنشأ الوسوم في محرر المقالات، وتُترجم أسماؤها هنا. وحيث تغيب الترجمة يظهر الاسم الإيطالي.
taxonomy-languages = اللغات
taxonomy-stories = المقالات
taxonomy-back = العودة إلى القائمة
field-description = الوصف
field-position = الترتيب
field-position-help = تظهر الأقسام من الترتيب الأدنى إلى الأعلى.
error-section-taken = يوجد قسم بهذا العنوان بالفعل.
error-position-invalid = اكتب رقمًا من 0 إلى 1000.
notice-submission-kept = انتهت جلستك، لكن ما أرسلته محفوظ: سجّل الدخول مرة أخرى لإكمال العملية.
kept-title = نص محفوظ
kept-intro = وصل هذا النموذج في { $when } بعد انتهاء جلستك. راجع النص وأرسله مرة أخرى؛ يبقى هنا يومًا واحدًا.
kept-send = أرسل مرة أخرى
kept-discard = تجاهل
dashboard-kept = نماذج محفوظة بعد انتهاء الجلسة
editor-autosave-found = يوجد نص محفوظ تلقائيًا في { $when } أحدث من النص المحفوظ.
editor-autosave-restore = اعرضه في النموذج
editor-autosave-shown = يعرض النموذج النص المحفوظ تلقائيًا: راجعه واضغط «حفظ» للاحتفاظ به.
editor-autosave-saved = حُفظت المسودة تلقائيًا في الساعة %time%.
editor-autosave-failed = فشل الحفظ التلقائي (انتهت الجلسة أو لا توجد شبكة): يبقى النص في هذا المتصفح. اضغط «حفظ» عندما تستطيع.
editor-autosave-local = استعادة النص غير المحفوظ الموجود في هذا المتصفح
editor-autosave-leave = توجد تعديلات غير محفوظة.
editor-toolbar = التنسيق
editor-tool-bold = عريض
editor-tool-italic = مائل
editor-tool-heading = عنوان فرعي
editor-tool-link = رابط
editor-tool-list = قائمة
editor-tool-quote = اقتباس
article-delete = حذف
article-delete-title = حذف المقال؟
article-delete-warning = يُحذف المقال مع كل ترجماته ومراجعاته وتعليقاته. ويُلغى النشر المبرمج. لا يمكن التراجع عن هذه العملية وتبقى مسجلة في السجل.
article-delete-confirm = حذف نهائي
error-delete-published = يجب سحب المقال المنشور من الموقع أولًا.
notice-article-deleted = تم حذف المقال.
editor-seo = محركات البحث والمشاركة
field-seo-title = العنوان لمحركات البحث
field-seo-title-help = 70 حرفًا كحد أقصى. إذا تُرك فارغًا يُستخدم العنوان.
field-seo-description = الوصف لمحركات البحث
field-seo-description-help = 160 حرفًا كحد أقصى. إذا تُرك فارغًا يُستخدم الملخص.
nav-search = بحث
search-title = بحث
search-title-for = نتائج البحث عن «{ $query }»
search-label = عمّ تبحث؟
search-button = بحث
search-help = يمكن كتابة عدة كلمات؛ وضع عبارة دقيقة بين علامتي تنصيص، مثل "دورة مسائية".
search-intro = ابحث في كل مقالات المجلة، في النص وفي العناوين.
search-truncated = كان البحث طويلًا جدًا: استُخدمت أول 200 حرف منه.
search-incomplete = يجري بناء فهرس البحث: قد تغيب بعض النتائج لبضع دقائق.
search-filters = المرشحات:
search-remove-filter = إزالة المرشح { $filter }
search-count = { $count ->
    [0] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
   *[other] { $count } نتيجة
}
search-none-title = لم يتم العثور على أي مقال
search-none-without-filters = ابحث بدون مرشحات
search-none-spelling = تحقق من كتابة الكلمات، أو استخدم كلمات أقل أو أعم.
search-none-archive = تصفح الأرشيف حسب الشهر
search-edit = افتح في المحرر
search-refine = تضييق البحث
search-facet-section = القسم
search-facet-level = المستوى
search-facet-comune = البلدية
search-facet-tag = الوسم
search-facet-lang = اللغة
search-facet-year = السنة
sections-admin-name-it = الاسم بالإيطالية

## الخدمات: الفئات والمستفيدون والقنوات
service-category-documenti = الوثائق وتصريح الإقامة
service-category-asilo = اللجوء والحماية
service-category-salute = الصحة
service-category-psicosociale = الدعم النفسي والاجتماعي
service-category-legale = المساعدة القانونية
service-category-italiano = دروس اللغة الإيطالية
service-category-scuola = المدرسة والتعليم
service-category-lavoro = العمل والتدريب
service-category-casa = السكن
service-category-minori = القاصرون غير المصحوبين
service-category-donne = النساء ومكافحة العنف
service-category-tratta = مكافحة الاتجار بالبشر
service-category-ricongiungimento = لمّ شمل الأسرة
service-category-cittadinanza = الجنسية
service-category-emergenze = الطوارئ
target-group-tutti = الجميع
target-group-richiedenti-asilo = طالبو اللجوء
target-group-titolari-protezione = الحاصلون على الحماية
target-group-msna = القاصرون غير المصحوبين
target-group-donne = النساء
target-group-famiglie = العائلات
target-group-lavoratori = العمال والعاملات
target-group-studenti = الطلاب
target-group-vittime-tratta = ضحايا الاتجار بالبشر
service-channel-di-persona = حضوريًا
service-channel-telefono = بالهاتف
service-channel-online = عبر الإنترنت
service-warning-outside-province = النقطة على الخريطة خارج مقاطعة أليساندريا: تحقق من أن خط العرض وخط الطول غير متبادلين.
error-service-no-category = اختر فئة واحدة على الأقل.
error-service-language-twice = لهذه اللغة نصوصها بالفعل.
error-service-sensitive-address = يُنشر المكان المحمي (مركز استقبال، دار إيواء) دون عنوان: احذف العنوان أو علامة «مكان محمي».
error-service-sensitive-point = لا يظهر المكان المحمي على الخريطة: احذف الإحداثيات أو علامة «مكان محمي».
error-language-unknown = إحدى اللغات ليست في القائمة: اختر رمزها من القائمة (مثل ar أو ti أو wo).
error-coordinates-invalid = اكتب خط العرض وخط الطول بالدرجات، مثل 44.9129 و 8.6153.
error-phone-characters = يحتوي رقم الهاتف على أرقام ومسافات وعلامة + في البداية فقط.
error-phone-too-short = رقم الهاتف قصير جدًا.
error-phone-too-long = رقم الهاتف طويل جدًا.
error-phone-prefix = يبدأ الرقم الإيطالي بـ 0 (ثابت) أو 3 (محمول) أو 8 (رقم مجاني) أو 1 (أرقام قصيرة)؛ للرقم الأجنبي اكتب رمز البلد مع +.
error-phone-too-many = 5 أرقام هاتف على الأكثر.

## أوقات العمل: الأخطاء
schedule-text-too-long = نص أوقات العمل طويل جدًا.
schedule-text-control-character = يحتوي النص على أحرف غير مسموح بها.
schedule-text-unknown-day = هذا ليس يومًا من أيام الأسبوع (lun، mar، mer، gio، ven، sab، dom) ولا تاريخًا (2026-12-25).
schedule-text-invalid-date = هذا ليس تاريخًا صحيحًا: اكتبه هكذا 2026-12-25.
schedule-text-missing-hours = الأوقات ناقصة بعد اليوم أو التاريخ، مثل 09:00-12:30، أو «chiuso».
schedule-text-invalid-range = هذه ليست فترة زمنية: اكتبها هكذا 09:00-12:30.
schedule-text-invalid-time = هذه ليست ساعة صحيحة: اكتبها هكذا 09:00.
schedule-text-note-on-weekday = الملاحظات للتواريخ فقط (الإغلاق والعطل)، لا لأيام الأسبوع.
schedule-text-closed-day-has-hours = اليوم مذكور على أنه مغلق وله أوقات أيضًا.
schedule-error-too-many-ranges = عدد الفترات الزمنية في الأسبوع كبير جدًا.
schedule-error-too-many-exceptions = عدد التواريخ ذات الأوقات الخاصة كبير جدًا.
schedule-error-too-many-exception-ranges = عدد الفترات الزمنية في تاريخ واحد كبير جدًا.
schedule-error-opens-at-end-of-day = لا يمكن أن تبدأ فترة عند 24:00.
schedule-error-zero-length = تبدأ الفترة وتنتهي في الساعة نفسها.
schedule-error-inverted = تنتهي الفترة قبل أن تبدأ: إذا استمرت بعد منتصف الليل فاكتب +1 بعد ساعة الإغلاق (22:00-02:00+1).
schedule-error-longer-than-a-day = لا يمكن أن تستمر فترة أكثر من يوم.
schedule-error-overlap = تتداخل هذه الفترة مع فترة أخرى في اليوم نفسه.
schedule-error-duplicate-exception = يظهر هذا التاريخ مرتين.
schedule-error-exception-without-hours = ليس لهذا التاريخ أوقات: اكتب الفترات أو «chiuso».
schedule-error-invalid-note = الملاحظة غير صحيحة.

## الخدمات: الصفحات العامة
nav-services = الخدمات
services-title = إلى أين تتوجه
services-intro = مكاتب وشبابيك ودورات وخدمات للأجانب في مقاطعة أليساندريا، مع اللغات المستعملة وأوقات العمل.
services-filters = تصفية الخدمات
services-filter-category = ما الذي تحتاجه
services-filter-comune = البلدية
services-filter-group = لمن
services-filter-language = اللغة المستعملة
services-filter-any = الكل
services-filter-free = المجانية فقط
services-filter-no-appointment = دون موعد
services-filter-open-now = المفتوحة الآن
services-filter-submit = ابحث عن الخدمات
services-filter-reset = إزالة عوامل التصفية
services-filter-ignored = أحد عوامل التصفية في العنوان غير صالح وقد تم تجاهله.
services-count = { $count ->
    [0] لا توجد خدمات
    [one] خدمة واحدة
   *[other] { $count } خدمات
}
services-none = لا توجد خدمة تطابق عوامل التصفية المختارة: جرّب إزالة بعضها.
services-example = مثال
services-example-note = بطاقة مثال: لا تصف مكتبًا حقيقيًا.
services-languages = اللغات المستعملة
services-hours-none = أوقات العمل غير مذكورة
services-free = مجاني
services-not-free = بمقابل
services-appointment = بموعد
services-no-appointment = دون موعد
services-open-now = مفتوح الآن
services-closes-at = يغلق الساعة { $time }
services-closed-now = مغلق الآن
services-opens-at = يفتح في { $when }
services-back = جميع الخدمات
services-not-translated = هذه البطاقة غير مترجمة إلى لغتك بعد: تُعرض بالإيطالية.
services-summary = باختصار
services-categories = مجال الخدمة
services-for-whom = لمن
services-channels = كيفية التواصل
services-cost-label = التكلفة
services-appointment-label = الموعد
services-description = الوصف
services-who-for = لمن هي موجهة
services-how-to-access = كيفية الوصول إليها
services-what-to-bring = ما يجب إحضاره
services-what-you-get = ما تحصل عليه
services-deadlines = المدد والمواعيد النهائية
services-conditions = الشروط
services-cost = كم تكلف
services-where = أين
services-address-protected = العنوان غير منشور لأن المكان محمي: تواصل مع الخدمة لمعرفة كيفية الوصول.
services-contacts = جهات الاتصال
services-phone = الهاتف
services-email = البريد الإلكتروني
services-website = الموقع الإلكتروني
services-hours = أوقات العمل
services-hours-closed = مغلق
services-hours-special = تواريخ بأوقات خاصة
services-verified = تم التحقق من المعلومات في { $date }
services-not-verified = لم يتم التحقق من المعلومات بعد
weekday-mo = الاثنين
weekday-tu = الثلاثاء
weekday-we = الأربعاء
weekday-th = الخميس
weekday-fr = الجمعة
weekday-sa = السبت
weekday-su = الأحد

## الخدمات: هيئة التحرير
services-desk-title = الخدمات
services-desk-empty = لا توجد خدمات بعد: أضف أول خدمة.
services-desk-verified = تم التحقق
services-desk-never = أبدًا
services-desk-public = عرض البطاقة العامة
services-new-title = خدمة جديدة
services-edit-title = تعديل الخدمة
services-field-name = اسم الخدمة
services-field-sensitive = مكان محمي (مركز استقبال، دار إيواء)
services-field-sensitive-short = محمي
services-field-sensitive-help = يُنشر المكان المحمي دون عنوان ولا يظهر على الخريطة.
services-field-address = العنوان
services-field-lat = خط العرض
services-field-lon = خط الطول
services-field-organisation = الجهة التي تدير الخدمة
services-field-phones = أرقام الهاتف
services-field-phones-help = رقم في كل سطر كما يُكتب عادة: 0131 123456، ‎+39 348 1234567، 1522.
services-field-hours-help = سطر لكل يوم أو تاريخ: «lun 09:00-12:30, 14:00-17:00»، و«ven 22:00-02:00+1» عند الإغلاق بعد منتصف الليل، و«2026-12-25 chiuso [festivita]». بين قوسين معقوفين سبب التاريخ: festivita، chiusura، estate، formazione، sciopero، elezioni، campagna-rinnovi. فارغ: الأوقات غير مذكورة.
services-hours-line = السطر
services-texts-in = النصوص باللغة { $language }
services-duplicate = توجد بالفعل خدمة بالاسم نفسه في العنوان نفسه في البلدية نفسها: لم يُحفظ شيء.
services-duplicate-open = فتح الخدمة الموجودة
services-confirm-outside = الإحداثيات صحيحة: احفظ على أي حال
services-verify = أؤكد أن المعلومات لا تزال صحيحة
notice-service-verified = تم تسجيل التحقق.
services-download = الدليل كاملًا كبيانات مفتوحة (CC BY 4.0):
services-back-to-first = هذه الصفحة من القائمة فارغة: عد إلى الصفحة الأولى.

field-trusted = مصدر موثوق
field-trusted-help = تُنشر التعديلات التي يجريها المساهمون فيها على الخدمات دون موافقة هيئة التحرير.

## Institutional feeds of an organisation
feeds-title = خلاصات RSS وAtom
feeds-intro = تصل البيانات الصحفية المنشورة في هذه الخلاصات تلقائيًا إلى قائمة مساهمات هيئة التحرير. تُفحص كل خلاصة على الفاصل الزمني المحدد؛ وبعد أي خطأ تتباعد الفحوص حتى فحص واحد في اليوم.
feeds-none = لا توجد خلاصات لهذه الجهة.
feeds-address = عنوان الخلاصة
feeds-address-help = عنوان http:// أو https:// لخلاصة RSS أو Atom، دون اسم مستخدم أو كلمة مرور.
feeds-last-status = النتيجة الأخيرة
feeds-last-check = آخر فحص
feeds-last-success = آخر فحص ناجح
feeds-items-received = البيانات المستلمة
feeds-next-check = الفحص التالي
feeds-private-badge = العناوين الداخلية مسموح بها
feeds-detail = التفاصيل التقنية:
feeds-failures = { $count } فحوص فاشلة متتالية.
feeds-interval = الفاصل الزمني (بالدقائق، من 5 إلى 10080)
feeds-allow-private = السماح بالعناوين الداخلية (شبكة خاصة، هذا الجهاز)
feeds-allow-private-help = فقط لخادم خلاصات داخل شبكة الجهة: من دون هذا الخيار يرفض النظام الاتصال بالعناوين الخاصة أو المحلية أو المحجوزة، حتى عندما تؤدي إليها إعادة توجيه.
feeds-check-now = افحص الآن
feeds-remove = إزالة
feeds-add = إضافة خلاصة
feeds-back = العودة إلى صفحة الجهة
feed-status-never = لم تُفحص بعد.
feed-status-ok = قُرئت بنجاح.
feed-status-too-many-items = قُرئت بنجاح، لكن الخلاصة تضم { $detail } بيانًا: أُخذت أحدث 100 فقط وتُجوهل الباقي.
feed-status-not-modified = لا جديد منذ الفحص الأخير (أجاب الخادم «لم يتغير»).
feed-status-http-error = أجاب الخادم بخطأ: ربما تغيّر العنوان أو أن الموقع لا يعمل.
feed-status-too-large = الخلاصة كبيرة جدًا: توقفت القراءة عند الحد المسموح ولم يُستلم شيء.
feed-status-timeout = لم يُجب الخادم في الوقت المحدد: لم يُستلم شيء، وستُعاد المحاولة لاحقًا.
feed-status-connection-failed = تعذّر الوصول إلى الخادم (اسم غير معروف، أو اتصال مرفوض، أو شهادة غير صالحة).
feed-status-blocked-address = حُظر الاتصال: العنوان، أو إعادة توجيه من الخادم، يؤدي إلى عنوان داخلي (شبكة خاصة أو هذا الجهاز). يمكن للمسؤول السماح بذلك فقط لخادم داخلي تابع للجهة.
feed-status-bad-redirect = يعيد الخادم التوجيه إلى عنوان غير صالح أو ليس http/https: لم تُتبع إعادة التوجيه.
feed-status-too-many-redirects = يعيد الخادم التوجيه من عنوان إلى آخر مرات كثيرة جدًا: لم تُقرأ الخلاصة.
feed-status-invalid-xml = المحتوى ليس XML صالحًا: لم يُستلم شيء واحتُفظ بالحالة السابقة للخلاصة.
feed-status-not-a-feed = يعيد العنوان صفحة ويب أو مستندًا آخر، وليس خلاصة RSS أو Atom.
feed-status-receive-failed = قُرئت الخلاصة لكن البيانات لم تُسجَّل بسبب خطأ داخلي: ستُعاد المحاولة في الفحص التالي.
feed-error-url-too-long = العنوان طويل جدًا (2000 حرف على الأكثر).
feed-error-url-invalid = اكتب عنوانًا كاملًا، مثل https://www.example.org/feed.xml.
feed-error-url-scheme = لا تُقبل إلا عناوين http:// وhttps:// (لا file:// ولا ftp:// ولا غيرها).
feed-error-url-credentials = يجب ألا يحتوي العنوان على اسم مستخدم أو كلمة مرور.
feed-error-url-private = يؤدي العنوان إلى شبكة خاصة أو إلى هذا الجهاز: لا يُقبل إلا إذا سمح المسؤول بالعناوين الداخلية.
feed-error-interval = يتراوح الفاصل الزمني بين 5 دقائق و10080 (أسبوع واحد).
feed-error-duplicate = لدى هذه الجهة هذه الخلاصة بالفعل.
feed-error-needs-private = عنوان هذه الخلاصة داخلي: لا يمكن سحب الإذن دون تغيير العنوان.
notice-service-change-sent = أُرسل التعديل: ستراجعه هيئة التحرير قبل نشره.
notice-service-change-approved = تمت الموافقة على التعديل ونشره.
notice-service-change-rejected = رُفض التعديل: سيتلقى المساهم السبب بالبريد الإلكتروني.
notice-service-change-gone = سبق أن اتُّخذ قرار بشأن هذا التعديل.
services-no-organisation = حسابك غير مرتبط بأي منظمة، لذلك لا يمكنك تحديث الخدمات. اطلب من أحد المسؤولين ربطه.
services-desk-provider = خدمات { $organisation }.
services-desk-trusted = تُنشر تعديلاتك فورًا.
services-desk-moderated = تُنشر تعديلاتك بعد مراجعة هيئة التحرير.
services-changes-waiting = تعديلات بانتظار الموافقة: { $count }
services-change-pending = بانتظار الموافقة
services-change-approved = تمت الموافقة
services-change-rejected = مرفوض
services-my-changes = تعديلاتك
services-change-sent = أُرسل في
services-change-status = الحالة
services-change-new = خدمة جديدة
services-editing-pending = أنت تعدّل اقتراحك الذي ينتظر الموافقة: إرساله من جديد يحلّ محله.
services-moderated-help = ستُنشر التعديلات التي ترسلها بعد مراجعة هيئة التحرير.
services-change-waiting-here = اقترح أحد المساهمين تعديلًا على هذه الخدمة.
services-change-open = عرض التعديل
services-send-change = إرسال إلى هيئة التحرير
services-changes-title = التعديلات المقترحة على الخدمات
services-changes-none = لا توجد تعديلات بانتظار الموافقة.
services-change-by = اقترحه
services-change-title = تعديل مقترح
services-change-reason = سبب الرفض
services-change-reason-help = سيتلقاه المساهم بالبريد الإلكتروني.
services-change-record = فتح البطاقة الحالية
services-change-new-help = هذا اقتراح لخدمة جديدة.
services-change-invalid = لا يمكن حفظ الاقتراح كما هو:
services-change-diff = ما الذي يتغير
services-change-no-difference = الاقتراح مطابق للبطاقة الحالية.
services-change-field = الحقل
services-change-before = حاليًا
services-change-after = المقترح
services-change-removed = حُذف
services-change-added = أُضيف
services-change-approve = الموافقة والنشر
services-change-reject = رفض
mail-change-approved-subject = نُشر التعديل: { $service }
mail-change-approved-body =
    مرحبًا { $name }،

    وافقت هيئة التحرير على تعديلك على «{ $service }»، وهو منشور الآن.

    خدماتك: { $link }
mail-change-rejected-subject = لم يُنشر التعديل: { $service }
mail-change-rejected-body =
    مرحبًا { $name }،

    لم تنشر هيئة التحرير تعديلك على «{ $service }» للسبب التالي:

    { $reason }

    يمكنك تصحيحه وإرساله من جديد: { $link }

services-stale-badge = بحاجة إلى تحقق
services-stale-note = لم يتم تأكيد هذه المعلومات مؤخرًا وقد لا تكون محدّثة: قبل الذهاب، اتصل أو تحقق من موقع الخدمة.
services-confirm-title = تأكيد البطاقة
services-confirm-intro = تحقق من البيانات الرئيسية للخدمة. إذا كانت لا تزال صحيحة، فاضغط على الزر: ستظهر البطاقة على أنها تم التحقق منها اليوم.
services-confirm-button = نعم، المعلومات لا تزال صحيحة
services-confirm-change = هل تغيّر شيء؟
services-confirm-edit = تصحيح البطاقة
services-confirm-done = شكرًا: تظهر البطاقة الآن على أنها تم التحقق منها اليوم.
services-confirm-invalid = هذا الرابط غير صالح أو انتهت صلاحيته (يعمل مرة واحدة لمدة 30 يومًا). يمكنك دائمًا تأكيد البطاقة أو تصحيحها من المنطقة المخصصة.
services-confirm-login = الدخول إلى المنطقة المخصصة
mail-stale-subject = هل لا يزال كل شيء صحيحًا؟ { $service }
mail-stale-body =
    مرحبًا { $name }،

    لم يتم تأكيد البطاقة «{ $service }» في دليل الخدمات منذ { $date }. يحتاج القرّاء إلى مواعيد وبيانات اتصال محدّثة.

    إذا كان كل شيء لا يزال صحيحًا، فافتح هذا الرابط واضغط على الزر (يعمل لمدة 30 يومًا):
    { $confirm }

    إذا تغيّر شيء، فصحّح البطاقة:
    { $edit }

editor-body-help = نص بصيغة Markdown. لإدراج بطاقة خدمة («أين تتوجّه») اكتب [[servizio 12]] في سطر مستقل، مع الرقم الموجود في عنوان صفحة الخدمة.
error-service-card-missing = يشير النص إلى خدمة غير موجودة: تحقّق من الأرقام في [[servizio …]].
services-card-label = أين تتوجّه
services-card-more = المواعيد والوثائق ووسائل الاتصال

map-attribution = حدود البلديات: ISTAT، openpolis (CC BY 4.0)
services-see-map = عرض على الخريطة
services-map-title = خريطة الخدمات
services-map-intro = الخدمات على خريطة مقاطعة أليساندريا. تحت الخريطة تجد الخدمات نفسها مرتبة حسب البلدية.
services-map-to-list = تغيير عوامل التصفية في القائمة
services-map-desc = خريطة مقاطعة أليساندريا وعليها { $count } خدمة. الدائرة الممتلئة تشير إلى عنوان الخدمة، والدائرة الفارغة إلى بلديتها فقط، والرقم إلى عدة خدمات متقاربة. الخدمات نفسها مرتبة حسب البلدية تحت الخريطة.
services-map-group = { $count } خدمات
services-map-group-comune = { $comune }: { $count } خدمات
services-map-legend-exact = عنوان الخدمة
services-map-legend-comune = البلدية فقط
services-map-legend-group = عدة خدمات متقاربة
services-map-hidden = { $count } من الأماكن المحمية (مراكز الاستقبال، دور الإيواء) غير معروضة على الخريطة: تجدها في القائمة.
services-map-by-comune = الخدمات حسب البلدية
services-map-comune-only = العنوان غير موجود على الخريطة
services-map-small-title = الموقع: { $comune }
services-map-small-exact = خريطة مقاطعة أليساندريا مع إبراز بلدية الخدمة ودائرة عند عنوان الخدمة.
services-map-small-comune = خريطة مقاطعة أليساندريا مع إبراز بلدية الخدمة.
services-map-small-protected = خريطة مقاطعة أليساندريا مع إبراز البلدية؛ عنوان المكان المحمي غير معروض.

schedule-note-festivita = عطلة رسمية
schedule-note-chiusura = إغلاق استثنائي
schedule-note-estate = الدوام الصيفي
schedule-note-formazione = تدريب الموظفين
schedule-note-sciopero = إضراب
schedule-note-elezioni = انتخابات
schedule-note-campagna-rinnovi = فتح استثنائي للتجديدات
service-warning-other-comune = النقطة على الخريطة تقع في بلدية { $found }، وليس في بلدية الخدمة ({ $comune }): تحقق من الإحداثيات أو البلدية.
services-desk-stale-only = البطاقات التي تحتاج إلى تحقق فقط

services-accessibility = إمكانية الوصول إلى المكان
service-accessibility-senza-gradini = مدخل بلا درجات
service-accessibility-ascensore = مصعد
service-accessibility-bagno-accessibile = دورة مياه مهيأة
service-accessibility-parcheggio-riservato = موقف مخصص للأشخاص ذوي الإعاقة
service-accessibility-anello-magnetico = حلقة مغناطيسية لأجهزة السمع
service-accessibility-interprete-lis = مترجم لغة الإشارة الإيطالية عند الطلب
service-accessibility-percorso-tattile = مسار لمسي للمكفوفين
services-field-province-wide = تخدم المقاطعة بأكملها
services-field-areas = بلديات أخرى تخدمها
services-field-areas-help = إضافة إلى بلدية المقر. اضغط مع الاستمرار على Ctrl (أو Cmd) لاختيار أكثر من واحدة.
services-field-contact-name = الشخص المسؤول
services-field-contact-title = صفة الشخص المسؤول
services-serves-province = تخدم مقاطعة أليساندريا بأكملها.
services-serves-also = تخدم أيضًا:
services-contact-person = الشخص المسؤول

services-search-label = البحث في الخدمات
services-search-help = مثلًا: تصريح الإقامة، دورة اللغة الإيطالية، طبيب أسنان. يشمل البحث جميع اللغات.
services-taxonomy-description = فئات دليل الخدمات للمهاجرين في مقاطعة أليساندريا.
search-services-title = خدمات مطابقة
search-services-all = جميع الخدمات المطابقة في دليل الخدمات ({ $count })

## Osservatorio
observatory-title = مرصد الهجرة
observatory-intro = بيانات الهجرة في مقاطعة أليساندريا، محدّثة ومفتوحة: أرقام رئيسية ورسوم بيانية وخرائط ومجموعات بيانات للتنزيل وإعادة الاستخدام.
observatory-key-figures = أرقام رئيسية
observatory-trend = { $change } مقارنةً بالفترة السابقة
observatory-source = المصدر
observatory-see-chart = عرض الرسم البياني
observatory-see-data = عرض البيانات
observatory-show-table = عرض البيانات في جدول
observatory-all-datasets = كل مجموعات البيانات ({ $n })
observatory-catalogue = فهرس البيانات المفتوحة (DCAT-AP_IT)
observatory-catalogue-title = فهرس بيانات مرصد الهجرة في مقاطعة أليساندريا
observatory-catalogue-description = مجموعات بيانات مفتوحة عن الهجرة في مقاطعة أليساندريا: المقيمون الأجانب، تصاريح الإقامة، الاستقبال، سكان البلديات.
observatory-publisher-name = المرصد المشترك بين المؤسسات للهجرة في مقاطعة أليساندريا
observatory-datasets-title = مجموعات البيانات
observatory-all-themes = كل المواضيع
observatory-no-datasets = لا توجد مجموعة بيانات منشورة.
observatory-rows-count = { $n } صف
observatory-rows = صفوف
observatory-modified = حُدّث في
observatory-issued = نُشر في
observatory-province = مقاطعة أليساندريا
observatory-download-csv = تنزيل البيانات (CSV)
observatory-download-json = تنزيل البيانات (JSON)
observatory-sample = الصفوف الأولى
observatory-sample-caption = أول { $n } صفوف من النسخة الحالية
observatory-versions = النسخ
observatory-version = النسخة
observatory-version-n = النسخة { $n }
observatory-current = الحالية
observatory-rows-added = أُضيف { $n } صف
observatory-rows-removed = حُذف { $n } صف
observatory-column-added = عمود مضاف: { $column }
observatory-column-removed = عمود محذوف: { $column }
observatory-no-changes = لا فرق عن النسخة السابقة
observatory-charts-title = الرسوم البيانية
observatory-embed = تضمين الرسم البياني
observatory-embed-help = رمز للنسخ في صفحة ويب أخرى
observatory-shortcode-help = رمز للكتابة في مقال من المجلة
observatory-admin-title = المرصد: البيانات والرسوم البيانية
observatory-no-charts = لا يوجد رسم بياني.
observatory-not-published = غير منشور
observatory-published = منشور
observatory-dataset-new = مجموعة بيانات جديدة
observatory-dataset-edit = تعديل مجموعة البيانات
observatory-metadata = الوصف (DCAT-AP_IT)
observatory-field-title = العنوان
observatory-field-description = الوصف
observatory-field-keywords = كلمات مفتاحية مفصولة بفواصل
observatory-field-slug = العنوان في الموقع (إذا تُرك فارغًا يُشتق من العنوان)
observatory-field-publisher = الناشر
observatory-field-rights-holder = صاحب الحقوق
observatory-same-as-publisher = الناشر نفسه
observatory-field-themes = المواضيع
observatory-field-licence = الترخيص
observatory-field-frequency = وتيرة التحديث
observatory-field-temporal = الفترة المشمولة
observatory-field-from = من
observatory-field-to = إلى
observatory-field-spatial = المنطقة (رموز ISTAT)
observatory-field-spatial-help = ‎006 للمقاطعة كلها، أو رموز البلديات مفصولة بمسافات (مثلًا 006003 006039).
observatory-field-contact-name = جهة الاتصال
observatory-field-contact-email = البريد الإلكتروني لجهة الاتصال
observatory-field-source = المصدر (عنوان ويب)
observatory-field-attribution = الإسناد الواجب ذكره
observatory-field-published = منشور في الموقع وفي الفهرس
observatory-slug-taken = مجموعة بيانات أو رسم بياني آخر يستخدم هذا العنوان.
observatory-public-page = الصفحة العامة
observatory-upload-title = رفع نسخة جديدة
observatory-upload-help = ملف CSV (مفصول بفواصل أو فواصل منقوطة أو علامات جدولة، UTF-8 أو Latin-1) أو XLSX، حتى { $mb } ميغابايت. قبل الاستيراد سترى معاينة يمكنك تصحيحها.
observatory-upload-file = الملف
observatory-upload-submit = رفع وعرض المعاينة
observatory-upload-refused = لم يُرفع الملف
observatory-upload-nothing-written = لم يُحفظ أي شيء: تبقى النسخة الحالية من مجموعة البيانات كما كانت.
observatory-pending-uploads = ملفات محمّلة ولم تُستورد بعد
observatory-pending-open = افتح المعاينة لاستيراده أو تجاهله
observatory-back-to-dataset = العودة إلى مجموعة البيانات
observatory-preview-title = معاينة الاستيراد
observatory-sheet = الورقة
observatory-read-settings = كيفية قراءة الملف
observatory-delimiter = الفاصل
observatory-delimiter-comma = فاصلة
observatory-delimiter-semicolon = فاصلة منقوطة
observatory-delimiter-tab = علامة جدولة
observatory-encoding = الترميز
observatory-decimal = فاصل الكسور العشرية
observatory-decimal-comma = فاصلة (1.234,5)
observatory-decimal-point = نقطة (1,234.5)
observatory-header-row = الأسطر قبل سطر العناوين
observatory-preview-rows = أول { $n } صفوف مقروءة بهذه الطريقة. تحقق من نوع كل عمود.
observatory-column-type = نوع العمود
observatory-version-note = ما الذي يتغير في هذه النسخة (اختياري)
observatory-preview-again = تحديث المعاينة
observatory-import = استيراد
observatory-discard = إلغاء وحذف الملف
observatory-rows-so-far = استُورد { $n } صف
observatory-import-done = اكتمل الاستيراد: { $n } صف. هذه الآن النسخة الحالية.
observatory-import-failed = فشل الاستيراد: لم يُحفظ أي شيء من هذه النسخة.
observatory-previous-kept = تبقى النسخة السابقة هي المنشورة.
observatory-compared-with = مقارنةً بالنسخة { $n }
observatory-columns = الأعمدة
observatory-status-importing = قيد الاستيراد
observatory-status-ready = جاهزة
observatory-status-failed = فاشلة
observatory-chart-new = رسم بياني جديد
observatory-chart-edit = تعديل الرسم البياني
observatory-chart-dataset = مجموعة البيانات
observatory-chart-kind = نوع الرسم البياني
observatory-chart-choose-dataset = اختر مجموعة البيانات ثم أعمدتها.
observatory-chart-columns = عرض الأعمدة
observatory-chart-category = الفئات (المحور الأفقي أو التسميات أو البلديات)
observatory-chart-values = القيم المراد تمثيلها
observatory-chart-series = التقسيم إلى سلاسل حسب العمود
observatory-chart-filters = المرشحات
observatory-chart-filters-help = سطر لكل مرشح: COLUMN=value، وتُفصل القيم المتعددة بـ |. مثلًا REF_AREA=ITC18
observatory-chart-dashboard = الموضع في لوحة معلومات المقاطعة
observatory-chart-dashboard-help = من 1 إلى 99؛ فارغ إذا لم يكن الرسم في لوحة المعلومات.
observatory-chart-preview = معاينة
observatory-chart-categories = { $n } فئة
chart-kind-line = خطوط
chart-kind-bar = أعمدة متجاورة
chart-kind-stacked-bar = أعمدة متراكمة
chart-kind-ranking = ترتيب (أعمدة أفقية)
chart-kind-table = جدول
chart-kind-map = خريطة البلديات
chart-no-data = لا توجد بيانات
chart-error-filter = اكتب المرشحات بالشكل COLUMN=value، واحدًا في كل سطر (20 على الأكثر).
chart-error-position = اكتب رقمًا من 1 إلى 99.
chart-map-needs-code = تحتاج الخريطة إلى عمود من رموز ISTAT للبلديات كفئات.
chart-spec-unknown-column = لا تحتوي مجموعة البيانات على هذا العمود.
chart-spec-not-numeric = لا يحتوي هذا العمود على أرقام: اختر عمودًا رقميًا للقيم.
chart-spec-no-values = اختر عمودًا واحدًا على الأقل من القيم.
chart-spec-series-many-values = للتقسيم إلى سلاسل اختر عمود قيم واحدًا فقط.
chart-spec-too-many-series = سلاسل كثيرة جدًا (أكثر من 12): أضف مرشحًا.
chart-spec-too-many-categories = فئات كثيرة جدًا: أضف مرشحًا.
chart-spec-no-rows = لا يوجد صف يطابق المرشحات.
import-at-line = السطر { $line }
import-at-column = العمود «{ $column }»
import-at-value = القيمة «{ $value }»
import-error-file-missing = الملف المرفوع لم يعد موجودًا: ارفعه مرة أخرى.
import-error-header-row = اكتب عدد أسطر من 0 إلى 50.
import-error-no-file = اختر ملفًا لرفعه.
import-error-sample = لا تُقرأ الصفوف الأولى بالأنواع المختارة: صحح نوع العمود.
import-error-storage = تعذر حفظ الملف على الخادم. حاول مرة أخرى لاحقًا.
import-error-too-large = الملف أكبر من الحد الأقصى المسموح به ({ $size }): صغّره (مثلًا بتقسيمه إلى عدة ملفات) ثم حمّله مرة أخرى.
import-error-quota = يمكنك الاحتفاظ بـ { $files } ملفات على الأكثر محمّلة وغير مستوردة، بحجم { $size } إجمالًا: لديك { $count } ({ $used }). استوردها أو تجاهلها من معاينتها المدرجة أدناه، ثم حمّل هذا الملف مرة أخرى.
table-error-no-rows = لا يحتوي الملف على صفوف بيانات.
error-date-invalid = اكتب تاريخًا صالحًا (YYYY-MM-DD).
error-date-order = يجب أن يأتي تاريخ النهاية بعد تاريخ البداية.

nav-observatory = المرصد

error-chart-missing = يشير النص إلى رسم بياني غير موجود أو غير منشور: تحقّق من العناوين في [[grafico …]].

## Open data vocabularies (EU themes, frequencies, licences)
dcat-theme-agri = الزراعة ومصايد الأسماك والغابات والأغذية
dcat-theme-econ = الاقتصاد والمالية
dcat-theme-educ = التعليم والثقافة والرياضة
dcat-theme-ener = الطاقة
dcat-theme-envi = البيئة
dcat-theme-gove = الحكومة والقطاع العام
dcat-theme-heal = الصحة
dcat-theme-intr = القضايا الدولية
dcat-theme-just = العدالة والنظام القانوني والسلامة العامة
dcat-theme-regi = المناطق والمدن
dcat-theme-soci = السكان والمجتمع
dcat-theme-tech = العلوم والتكنولوجيا
dcat-theme-tran = النقل
dcat-frequency-triennial = كل ثلاث سنوات
dcat-frequency-biennial = كل سنتين
dcat-frequency-annual = سنوي
dcat-frequency-annual-2 = نصف سنوي
dcat-frequency-annual-3 = ثلاث مرات في السنة
dcat-frequency-quarterly = ربع سنوي
dcat-frequency-bimonthly = كل شهرين
dcat-frequency-monthly = شهري
dcat-frequency-monthly-2 = مرتين في الشهر
dcat-frequency-monthly-3 = ثلاث مرات في الشهر
dcat-frequency-biweekly = كل أسبوعين
dcat-frequency-weekly = أسبوعي
dcat-frequency-daily = يومي
dcat-frequency-update-cont = يُحدَّث باستمرار
dcat-frequency-cont = مستمر
dcat-frequency-irreg = غير منتظم
dcat-frequency-unknown = غير معروف
dcat-frequency-other = أخرى
dcat-frequency-never = لا يُحدَّث أبداً
dcat-licence-cc-by-4-0 = المشاع الإبداعي - نسب المصنف 4.0 دولي (CC BY 4.0)
dcat-licence-cc-by-3-0-it = المشاع الإبداعي - نسب المصنف 3.0 إيطاليا (CC BY 3.0 IT)
dcat-licence-cc-by-sa-4-0 = المشاع الإبداعي - نسب المصنف - الترخيص بالمثل 4.0 دولي (CC BY-SA 4.0)
dcat-licence-cc0-1-0 = المشاع الإبداعي CC0 1.0 عالمي - الإهداء إلى الملكية العامة (CC0 1.0)
dcat-licence-odbl-1-0 = رخصة قواعد البيانات المفتوحة من Open Data Commons 1.0 (ODbL)
dcat-licence-odc-by-1-0 = رخصة نسب المصنف من Open Data Commons 1.0 (ODC-By)
dcat-licence-iodl-2-0 = الرخصة الإيطالية للبيانات المفتوحة 2.0 (IODL 2.0)

search-data-title = بيانات المرصد
search-data-dataset = مجموعة بيانات
search-data-chart = رسم بياني
search-data-report = تقرير

chart-error-no-data = لا يحتوي الرسم البياني على قيم لعرضها.
chart-error-too-many-series = سلاسل كثيرة جدًا: 12 على الأكثر.
chart-error-too-many-points = قيم كثيرة جدًا: 100000 على الأكثر.
chart-error-too-many-categories = فئات كثيرة جدًا لرسم بالأعمدة: 300 على الأكثر. اختر الترتيب أو أضف مرشحًا.
chart-error-series-length = يجب أن تحتوي كل سلسلة على قيمة لكل فئة.
chart-error-ranking-series = يعرض الترتيب سلسلة واحدة فقط.
chart-desc-many-points = يحتوي كل خط على { $points } نقطة: القيم المفردة موجودة في جدول البيانات.

table-error-empty = الملف فارغ.
table-error-html = الملف صفحة ويب وليس جدولًا. نزّل ملف CSV أو XLSX مرة أخرى.
table-error-binary = الملف ليس نص CSV. لجداول Excel استخدم صيغة XLSX.
table-error-utf16 = الملف بترميز UTF-16: احفظه بصيغة CSV UTF-8.
table-error-encoding = يحتوي الملف على أحرف غير صالحة في الترميز المختار: جرّب Windows-1252 (Latin-1).
table-error-no-header = لم يُعثر على سطر العناوين الذي يحمل أسماء الأعمدة.
table-error-too-many-columns = يحتوي الجدول على أكثر من 500 عمود.
table-error-duplicate-column = عمودان يحملان الاسم نفسه.
table-error-cell-too-long = تتجاوز الخلية 10000 حرف.
table-error-settings = إعدادات القراءة غير صالحة. أعد تحميل المعاينة.
table-error-not-xlsx = الملف ليس مصنف XLSX صالحًا.
table-error-xlsx-too-large = المصنف كبير جدًا بعد فك الضغط.
table-error-no-such-sheet = الورقة المختارة غير موجودة.
table-error-xlsx-read = تعذرت قراءة ورقة العمل.
table-error-ragged = عدد خلايا الصف لا يطابق سطر العناوين.
table-error-header-mismatch = لا يحتوي سطر العناوين على عدد الأعمدة المتوقع.
table-error-unclosed-quote = علامة اقتباس فُتحت ولم تُغلق.
table-error-read = تعذرت قراءة الملف.
table-error-not-number = القيمة ليست رقمًا.
table-error-not-integer = القيمة ليست عددًا صحيحًا.
table-error-not-year = القيمة ليست سنة من أربعة أرقام.
table-error-not-date = القيمة ليست تاريخًا صالحًا (YYYY-MM-DD أو DD/MM/YYYY).
table-error-not-istat-code = القيمة ليست رمز ISTAT من ستة أرقام.
table-note-windows-1252 = الملف ليس بترميز UTF-8: قُرئ على أنه Windows-1252 (Latin-1).
table-note-partial = تستند المعاينة إلى الجزء الأول من الملف.
table-note-title-skipped = تم تخطي أسطر العنوان فوق سطر العناوين.
table-note-footer-skipped = تم تخطي الملاحظات أسفل الجدول (المصدر، الملاحظات).
table-note-ragged-rows = بعض الصفوف تحتوي على عدد خلايا مختلف عن سطر العناوين.
table-note-columns-named = سُمّيت الأعمدة التي بلا اسم colonna_N.
table-note-empty-columns-dropped = أُزيلت الأعمدة الأخيرة الفارغة التي بلا اسم.
table-note-no-data = يحتوي الملف على سطر عناوين دون صفوف بيانات.
table-type-integer = عدد صحيح
table-type-decimal = عدد عشري
table-type-year = سنة
table-type-date = تاريخ
table-type-istat-code = رمز ISTAT
table-type-text = نص

observatory-row-problems = لا تُقرأ هذه الصفوف بالإعدادات المختارة: صحّح نوع العمود أو الملف قبل الاستيراد.

table-error-unknown-comune = لا توجد بلدية في المقاطعة تحمل رمز ISTAT هذا.

## Osservatorio: التقارير
report-list-title = التقارير
report-admin-title = المرصد: التقارير
report-none = لا توجد تقارير.
report-new = تقرير جديد
report-edit = تعديل التقرير
report-field-abstract = الملخّص
report-field-authors = المؤلفون
report-field-date = تاريخ النشر
report-field-datasets = مجموعات البيانات المستخدمة في التقرير
report-field-published = منشور على الموقع
report-field-file = ملف PDF
report-field-replace-file = استبدال ملف PDF (اختياري)
report-field-file-help = ملف PDF حتى { $mb } ميغابايت. إذا كان في الاستمارة أخطاء، يجب اختيار الملف من جديد.
report-current-file = الملف الحالي
report-pages = عدد الصفحات: { $n }
report-no-text = تعذّرت قراءة أي نص من ملف PDF (صورة ممسوحة ضوئيًا أو ملف محمي أو تالف): سيجد بحث الموقع التقرير بعنوانه وملخّصه فقط.
notice-report-no-text = تم حفظ التقرير، لكن تعذّرت قراءة أي نص من ملف PDF: سيجده بحث الموقع بعنوانه وملخّصه فقط.
report-download = تنزيل التقرير (PDF)
report-datasets-title = البيانات المستخدمة في التقرير
report-slug-taken = تقرير آخر يستخدم هذا العنوان بالفعل.
report-error-not-pdf = الملف ليس بصيغة PDF: حمّل التقرير بصيغة PDF.
report-error-damaged = يبدو الملف بصيغة PDF لكن تعذّر فتحه. صدّره مرة أخرى بصيغة PDF وأعد المحاولة.
report-error-too-large = حجم الملف أكبر من الحد الأقصى المسموح به.
report-error-no-file = اختر ملف PDF الخاص بالتقرير.

observatory-share = { $percent } ٪ من السكان المقيمين ({ $period })
observatory-chart-share = نسبة من مجموع (اختياري)
observatory-chart-share-help = لعرض القيمة في لوحة المعلومات كنسبة، مثل نسبة الأجانب من السكان: مجموعة بيانات المجموع، والعمود المراد جمعه، وفئة هذا الرسم التي يشير إليها المجموع (السنة نفسها).
observatory-chart-share-dataset = مجموعة بيانات المجموع
observatory-chart-share-value = العمود المراد جمعه
observatory-chart-share-category = الفئة (السنة)
chart-error-share-incomplete = تحتاج النسبة إلى مجموعة البيانات والعمود والفئة.
chart-error-share-category = لا يحتوي الرسم على قيمة لهذه الفئة.
chart-error-share-dataset = مجموعة بيانات المجموع غير منشورة أو لا تحتوي على بيانات.
chart-error-share-column = هذا العمود من مجموعة بيانات المجموع لا يحتوي على أرقام (أو مجموعه صفر).

## Intake queue: codes
intake-channel-partner = حساب شريك
intake-channel-feed = موجز مؤسسي
intake-channel-mail = صندوق البريد
intake-channel-public = نموذج عام
intake-kind-comunicato = بيان صحفي
intake-kind-buona_pratica = ممارسة جيدة
intake-status-to_verify = للتحقق
intake-status-new = جديد
intake-status-taken = قيد المعالجة
intake-status-published = منشور
intake-status-accepted = مقبولة
intake-status-rejected = مرفوض
intake-status-duplicate = مكرر
intake-status-withdrawn = مسحوب
intake-attachment-empty = الملف فارغ
intake-attachment-too-large = حجم الملف يتجاوز الحد الأقصى
intake-attachment-too-many = مرفقات كثيرة جدًا: يُحتفظ بعشرين مرفقًا على الأكثر
intake-attachment-not-allowed = نوع الملف غير مسموح به (المسموح: PDF، وصور JPEG وPNG وWebP، ومستندات Word وExcel وPowerPoint وOpenDocument وRTF والنصوص)
intake-attachment-mismatch = محتوى الملف لا يطابق اسمه (مثلًا ملف ‎.pdf ليس PDF)
intake-attachment-damaged = يبدو الملف بصيغة PDF لكنه لا يُفتح (ربما ناقص أو تالف): صدّره مرة أخرى بصيغة PDF وأرفقه
intake-error-too-many-comuni = اذكر 20 بلدية على الأكثر: للمقاطعة كلها لا تذكر أي بلدية.
intake-error-embargo-past = موعد الحظر قد مضى: اترك الحقل فارغًا للنشر فورًا أو اختر تاريخًا لاحقًا.
intake-error-embargo-far = لا يمكن أن يتجاوز الحظر سنة واحدة.
intake-error-period = اكتب الشهر بالشكل YYYY-MM (مثلًا 2025-09).
intake-error-period-order = تاريخ النهاية يسبق تاريخ البداية.
intake-error-targets = اختر فئة مستهدفة واحدة على الأقل.
intake-error-privacy = لإرسال البلاغ يجب أن تؤكد أنك قرأت إشعار الخصوصية.
error-datetime-invalid = اكتب التاريخ والوقت بالشكل DD/MM/YYYY HH:MM.
organisation-contact-error-reach = أدخل بريدًا إلكترونيًا أو رقم هاتف على الأقل.
organisation-sender-error-invalid = اكتب عنوان بريد إلكتروني (press@prefettura.it) أو نطاقًا (prefettura.it).
mail-intake-new-subject = [AgorAL] { $kind }: { $title }
mail-intake-to-verify-subject = [AgorAL] للتحقق — { $kind }: { $title }
mail-intake-new-body =
    وصل عنصر جديد إلى قائمة انتظار هيئة التحرير.

    { $kind } — { $channel }
    { $title }

    افتحه من هنا: { $link }
mail-intake-digest-subject = [AgorAL] { $count } عناصر جديدة لهيئة التحرير
mail-intake-digest-body =
    هذه العناصر وصلت إلى قائمة انتظار هيئة التحرير منذ الملخص الأخير ({ $count }):

    { $items }

    القائمة كاملة: { $link }
mail-intake-status-subject = [AgorAL] تحديث: { $title }
mail-intake-status-body =
    حالة إرسالك «{ $title }» الآن: { $status }.
    { $reason }

    تابعه من هنا: { $link }

    هيئة تحرير AgorAL

## Good practices: the public form, the status link, the public list
mail-intake-status-own-link = الرابط الشخصي في رسالة التأكيد
nav-good-practices = الممارسات الجيدة
footer-report-good-practice = أبلغ عن ممارسة جيدة
good-practice-form-title = أبلغ عن ممارسة جيدة
good-practice-form-intro = هل تعرف تجربة ناجحة في الاستقبال أو الإدماج في إحدى بلديات مقاطعة أليساندريا؟ أخبرنا عنها: تقرؤها هيئة التحرير، وإذا قبلتها تضيفها إلى القائمة العامة للممارسات الجيدة.
good-practice-section-what = الممارسة
good-practice-field-title = العنوان
good-practice-field-description = الوصف
good-practice-field-description-help = ما الذي يُنجز، وكيف، ومع من. 30 حرفًا على الأقل؛ افصل بين الفقرات بسطر فارغ.
good-practice-field-outcome = النتائج (اختياري)
good-practice-section-where = أين ومن
good-practice-field-comune = البلدية
good-practice-choose-comune = اختر بلدية
good-practice-field-runner = الجهة المنفذة (هيئة أو جمعية)
good-practice-field-targets = الفئات المستهدفة
good-practice-field-period-start = من شهر (اختياري)
good-practice-field-period-end = إلى شهر (اختياري)
good-practice-field-period-help = اكتب الشهر بالصيغة YYYY-MM، مثلًا 2025-09.
good-practice-field-link = الموقع الإلكتروني
good-practice-section-photos = الصور (اختيارية)
good-practice-field-photos = حتى { $max } صور
good-practice-field-photos-help = بصيغة JPEG أو PNG أو WebP، بحد أقصى { $mb } ميغابايت لكل صورة. يُحذف من الصور المكان والتاريخ ونوع الجهاز قبل حفظها.
good-practice-field-photos-consent = أصرّح بأن الأشخاص الذين يمكن التعرف عليهم في الصور وافقوا على نشرها. من دون هذا التصريح لا تُنشر الصور.
good-practice-section-contact = بيانات الاتصال بك
good-practice-field-contact-name = الاسم (اختياري)
good-practice-field-contact-email = البريد الإلكتروني
good-practice-field-contact-email-help = نرسل إلى هذا العنوان رابطًا شخصيًا لتتابع بلاغك وتسحبه إن شئت.
good-practice-field-privacy = قرأت إشعار الخصوصية وأوافق على معالجة بياناتي لأجل هذا البلاغ.
good-practice-retention-note = تُحذف بيانات الاتصال بك بعد 12 شهرًا من إغلاق البلاغ.
good-practice-submit = أرسل البلاغ
good-practice-error-photos = لم تُقبل بعض الصور:
good-practice-photo-too-many = يمكن إرسال { $max } صور على الأكثر
good-practice-photo-not-image = ليست صورة (تُقبل صور JPEG وPNG وWebP)
good-practice-photos-again = لا تُحفظ الصور عندما يعود النموذج: اخترها من جديد قبل الإرسال.
good-practice-sent = شكرًا لك: وصل بلاغك إلى هيئة التحرير.
good-practice-sent-mail = أرسلنا إليك رسالة بريد إلكتروني فيها رابط شخصي لمتابعة حالته. إن لم تجدها، فابحث في مجلد الرسائل غير المرغوب فيها أيضًا.
good-practice-send-another = أبلغ عن ممارسة جيدة أخرى
good-practice-mail-subject = [AgorAL] وصلتنا ممارستك الجيدة: { $title }
good-practice-mail-body =
    شكرًا لأنك أخبرتنا عن «{ $title }».

    ستقرؤها هيئة التحرير في أقرب وقت. بهذا الرابط الشخصي يمكنك متابعة حالتها وسحبها إن شئت:
    { $link }

    لا تُعِد توجيه هذه الرسالة: كل من يملك الرابط يستطيع سحب البلاغ.

    هيئة تحرير AgorAL
good-practice-status-title = بلاغك
good-practice-status-unknown = هذا الرابط لا يطابق أي بلاغ. تأكد من أنك نسخته كاملًا من الرسالة؛ روابط البلاغات المغلقة منذ أكثر من 12 شهرًا لم تعد صالحة.
good-practice-status-label = الحالة
good-practice-status-received = تاريخ الاستلام
good-practice-status-updated = آخر تحديث
good-practice-status-closed = تاريخ الإغلاق
good-practice-status-reason = السبب الذي ذكرته هيئة التحرير
good-practice-status-keep-link = احتفظ بالرسالة التي فيها هذا الرابط: إنها الطريقة الوحيدة للعودة إلى هذه الصفحة.
good-practice-withdraw-title = سحب البلاغ
good-practice-withdraw-intro = إذا سحبته فلن تستخدمه هيئة التحرير، وتُحذف الصور التي أرسلتها.
good-practice-withdraw-accepted = الممارسة مدرجة في القائمة العامة للممارسات الجيدة: إذا سحبتها تخرج من القائمة وتُحذف الصور التي أرسلتها.
good-practice-withdraw-confirm = نعم، أريد سحب هذا البلاغ
good-practice-withdraw-button = اسحب البلاغ
good-practice-withdraw-confirm-needed = ضع علامة في المربع لتأكيد السحب.
good-practice-withdrawn = سُحب البلاغ.
good-practices-title = الممارسات الجيدة
good-practices-intro = تجارب في الاستقبال والإدماج في بلديات مقاطعة أليساندريا، أبلغ عنها أهل المنطقة وتحققت منها هيئة التحرير.
good-practices-report-link = أبلغ عن ممارسة جيدة
good-practices-count = { $count ->
    [0] لا توجد ممارسات جيدة
    [one] ممارسة جيدة واحدة
   *[other] { $count } ممارسات جيدة
}
good-practices-none = لا توجد ممارسة جيدة تطابق البحث.
good-practices-counts-download = عدد الممارسات الجيدة حسب البلدية وحسب الفئة المستهدفة:
good-practices-back = كل الممارسات الجيدة
good-practice-runner = الجهة المنفذة
good-practice-period = الفترة
good-practice-since = منذ { $start }
good-practice-accepted-on = في القائمة منذ
good-practice-photo-alt = الصورة { $n } من الممارسة الجيدة «{ $title }»

## A person's data on request
nav-person-data = البيانات الشخصية
person-data-title = البيانات الشخصية عند الطلب
person-data-intro = عندما يسأل شخص عن بياناته التي نحتفظ بها أو يطلب حذفها، ابحث هنا عن عنوان بريده الإلكتروني: سترى البلاغات والبيانات الصحفية المرسلة بهذا العنوان، وجهات الاتصال لدى المنظمات، والبلاغات عن مشكلات في الموقع، والرسائل التي كتبناها إليه، وحسابات الموظفين.
person-data-look-up = بحث
person-data-held = ما نحتفظ به
person-data-nothing = لا توجد بيانات محفوظة بهذا العنوان.
person-data-items = المرسل إلى هيئة التحرير
person-data-kind = النوع
person-data-title-column = العنوان
person-data-sender = المرسل
person-data-contacts = جهات الاتصال لدى المنظمات
person-data-accounts = حسابات الموظفين
person-data-export = تنزيل كل شيء (JSON)
person-data-erase-title = حذف البيانات
person-data-erase-what = يزيل الحذف اسم المرسل وبريده الإلكتروني وهاتفه من كل ما أُرسل بهذا العنوان (تبقى النصوص: فهي بيانات المنظمات الصحفية وممارساتها)، ويحذف جهات الاتصال لدى المنظمات التي تحمل هذا العنوان، والبلاغات عن مشكلات في الموقع المتروكة بهذا العنوان، والرسائل التي كتبناها إليه (بما فيها التي لم تُرسل بعد).
person-data-erase-not = لا يُحذف: حسابات الموظفين (عطّلها من صفحة المستخدمين) وصور الممارسات الجيدة المنشورة بموافقة مصرّح بها (تُسحب بالرابط الشخصي أو بطلب من هيئة التحرير).
person-data-erase-confirm = أؤكد: طلب الشخص حذف بياناته
person-data-erase = احذف البيانات
person-data-confirm-needed = ضع علامة في المربع لتأكيد الحذف.
person-data-erased = حُذفت بيانات هذا العنوان.
## Intake queue: pages
intake-queue-title = الواردات إلى هيئة التحرير
intake-filters = مرشحات القائمة
intake-filter-open = للمعالجة (جديدة وقيد المعالجة)
intake-filter-all = الكل
intake-filter-any = أي
intake-filter-from = وصلت منذ
intake-filter-to = وصلت حتى
intake-filter-apply = تصفية
intake-filter-reset = إزالة المرشحات
intake-filter-bad = بعض المرشحات في العنوان غير صالحة وتم تجاهلها.
intake-count = { $count ->
    [one] عنصر واحد
   *[other] { $count } عناصر
}
intake-empty = لا يوجد عنصر يطابق المرشحات.
intake-field-title = العنوان
intake-field-body = النص
intake-field-kind = النوع
intake-field-channel = القناة
intake-field-status = الحالة
intake-field-organisation = المنظمة
intake-field-received = تاريخ الوصول
intake-field-assigned = مسند إلى
intake-field-sender = المرسل
intake-field-source-date = تاريخ المصدر
intake-field-comuni = البلديات
intake-field-comuni-help = اضغط مع الاستمرار على Ctrl (أو Cmd) لاختيار أكثر من بلدية. للمقاطعة كلها لا تختر أي بلدية.
intake-field-lang = اللغة
intake-field-link = الرابط
intake-field-story = المقال
intake-field-runner = الجهة المنفذة
intake-field-targets = الفئات المستهدفة
intake-field-period = الفترة
intake-field-period-start = البداية (الشهر)
intake-field-period-end = النهاية (الشهر)
intake-field-outcome = النتائج
intake-field-photos-consent = وافق الأشخاص الذين يمكن التعرف عليهم في الصور على نشرها
intake-field-contact = جهة الاتصال لهيئة التحرير
intake-field-phone = الهاتف
intake-trusted = مصدر موثوق
intake-anonymised = حُذفت بيانات المرسل (انتهت مدة الحفظ أو بناءً على طلب)
intake-embargo = حظر النشر
intake-embargo-help = اختياري. التاريخ والوقت (بتوقيت إيطاليا) الذي لا يجوز النشر قبله.
intake-embargo-holds = لا يزال ساريًا: لا يمكن النشر قبله
intake-open-story = افتح المقال
intake-original-text = النص الأصلي
intake-attachments = المرفقات
intake-attachments-help = ملفات PDF أو صور أو مستندات Word وExcel وPowerPoint وOpenDocument وRTF أو نصوص
intake-choose-files-again = للأمان لا تُحفظ الملفات عندما يحتوي النموذج على أخطاء: اخترها من جديد.
intake-actions = الإجراءات
intake-to-verify-help = المرسل غير موثَّق. تأكد من أن الرسالة صادرة فعلًا عن المنظمة قبل إدخالها في القائمة.
intake-action-verify = تم التحقق: أدخِل في القائمة
intake-action-draft = أنشئ مسودة مقال
intake-action-publish = انشر كبيان صحفي
intake-action-publish-at-embargo = جدوِل البيان عند انتهاء الحظر
intake-action-accept = اقبل كممارسة جيدة
intake-publish-needs-trust = لا تُنشر كما هي إلا بيانات المصادر الموثوقة؛ أما غيرها فتصبح مسودة للمراجعة.
intake-action-assign-to = أسند إلى
intake-nobody = لا أحد
intake-action-assign = إسناد
intake-action-duplicate-of = مكرر للعنصر رقم
intake-action-duplicate = علّم كمكرر
intake-action-reject-reason = سبب الرفض (يُرسل إلى المرسل)
intake-action-reject = ارفض
intake-history = السجل
intake-action-note = ملاحظة داخلية
intake-action-add-note = أضف الملاحظة
intake-event-received = وصل
intake-event-verified = تم التحقق من المرسل
intake-event-assigned = أُسند
intake-event-note = ملاحظة
intake-event-rejected = رُفض
intake-event-duplicate = عُلّم كمكرر
intake-event-accepted = قُبل كممارسة جيدة
intake-event-drafted = أُنشئت مسودة مقال
intake-event-published = نُشر
intake-event-edited = عدّله المرسل
intake-event-body-cut = النص طويل جدًا وتم اختصاره
intake-event-attachment-refused = مرفق لم يُحفظ
intake-event-withdrawn = سحبه المرسل
intake-notice-sent = أُرسل إلى هيئة التحرير. يمكنك هنا متابعة حالته وتعديله إلى أن تتولاه هيئة التحرير.
intake-notice-verified = تم التحقق من المرسل والعنصر في القائمة.
intake-notice-assigned = حُفظ الإسناد.
intake-notice-note = أُضيفت الملاحظة.
intake-notice-rejected = رُفض؛ ويتلقى المرسل السبب.
intake-notice-duplicate = عُلّم كمكرر.
intake-notice-accepted = قُبلت الممارسة الجيدة: وهي الآن في القائمة العامة.
intake-error-gone = قام شخص آخر بإجراء على هذا العنصر في الأثناء: أعد تحميل الصفحة.
intake-error-not-trusted = لا تُنشر دون مراجعة إلا بيانات المصادر الموثوقة.
intake-error-story-text = تعذّر إنشاء مقال من هذا النص: أنشئ مسودة يدويًا.
intake-error-duplicate-of = أدخل رقم عنصر آخر من القائمة.
intake-error-embargoed = هذا المقال مأخوذ من بيان خاضع لحظر النشر: لا يمكن نشره قبل انتهاء الحظر.
intake-error-taken = تولّت هيئة التحرير هذا الإرسال: لم يعد من الممكن تعديله.
intake-error-too-many-files = يمكنك إرفاق 10 ملفات على الأكثر.
intake-error-files-refused = لم تُقبل بعض الملفات: انظر أدناه.
intake-form-has-errors = يحتوي النموذج على أخطاء: صحّح الحقول المشار إليها.
intake-partner-title = إرسالاتي إلى هيئة التحرير
intake-partner-new-title = إرسال جديد إلى هيئة التحرير
intake-partner-edit-title = إرسال إلى هيئة التحرير
intake-partner-intro = البيانات الصحفية والممارسات الجيدة المرسلة باسم { $organisation }.
intake-partner-as = أنت ترسل باسم { $organisation }.
intake-partner-none = لم ترسل شيئًا بعد.
intake-partner-taken = تولّت هيئة التحرير هذا الإرسال: لم يعد من الممكن تعديله.
intake-partner-no-organisation = حسابك غير مرتبط بأي منظمة: اطلب من مسؤول ربطه.
intake-practice-fields = للممارسة الجيدة فقط
intake-practice-fields-help = إذا كنت ترسل ممارسة جيدة، فاذكر مكانها والجهة المنفذة والفئات المستفيدة.
intake-send = أرسل إلى هيئة التحرير
article-source-release = المصدر: { $source }، بيان بتاريخ { $date }
article-source-practice = المصدر: { $source }، بلاغ بتاريخ { $date }

## Organisations: network
organisation-add = إضافة
organisation-remove = حذف
organisation-network-link = جهات الاتصال وعناوين الإرسال والمساهمات
organisation-public-page = الصفحة العامة
organisation-trusted-help = يمكن نشر بياناتها كما هي بخطوة واحدة.
organisation-untrusted-help = ليست مصدرًا موثوقًا: تصبح بياناتها مسودات للمراجعة. يُغيَّر ذلك في بطاقة المنظمة.
organisation-senders = عناوين الإرسال
organisation-senders-help = يُنسب البريد الوارد من هذه العناوين، أو من نطاق كامل، إلى المنظمة. يبقى البريد الوارد من عناوين غير موثقة «للتحقق».
organisation-senders-none = لا توجد عناوين إرسال.
organisation-sender-new = عنوان بريد إلكتروني أو نطاق
organisation-sender-verified = موثَّق
organisation-sender-unverified = غير موثَّق
organisation-sender-verify = علّم كموثَّق
organisation-sender-verified-now = تحققت منه (مثلًا باتصال هاتفي بالمكتب)
organisation-sender-error-taken = هذا العنوان أو النطاق مسجل بالفعل.
organisation-contacts = جهات الاتصال
organisation-contacts-none = لا توجد جهات اتصال.
organisation-contact-new = جهة اتصال جديدة
organisation-contact-role = الصفة
organisation-contact-notes = ملاحظات
organisation-contact-consent = الموافقة
organisation-contact-consent-label = وافق على أن تتواصل معه هيئة التحرير
organisation-contributions = المساهمات المنشورة
organisation-contributions-none = لا توجد مساهمات منشورة بعد.
organisation-public-stories = من بياناتها
organisation-public-stories-none = لا توجد مقالات بعد.
organisation-public-services = خدماتها
organisation-public-services-none = لا توجد خدمات في الدليل.
## The intake's mailbox (IMAP)
mailbox-title = صندوق بريد البيانات الصحفية
mailbox-no-subject = رسالة بلا موضوع من { $sender }
mailbox-unreadable-title = رسالة بريد إلكتروني غير قابلة للقراءة
mailbox-never-checked = أبدًا
mailbox-status-line = الصندوق { $mailbox }: آخر فحص { $when }، { $status }؛ { $count ->
        [zero] لم تصل أي رسالة
        [one] وصلت رسالة واحدة
        [two] وصلت رسالتان
        [few] وصلت { $count } رسائل
       *[other] وصلت { $count } رسالة
    }.
mailbox-status-never = لم يُفحص بعد
mailbox-status-ok = قُرئ حتى آخر رسالة
mailbox-status-unreachable = تعذّر الوصول إلى الخادم
mailbox-status-login-refused = رُفض اسم المستخدم أو كلمة المرور
mailbox-status-folder-missing = المجلد غير موجود
mailbox-status-failed = توقف بسبب خطأ: يستأنف من أول رسالة لم تُحفظ
intake-event-sender-unverified = مرسل غير موثَّق: لا يؤكد خادم البريد أن الرسالة صادرة فعلًا من هذا العنوان
intake-event-mail-incomplete = تعذّرت قراءة الرسالة كاملة: قارنها بالأصل في صندوق البريد
intake-event-mail-unreadable = رسالة غير قابلة للقراءة: النص هو بداية الرسالة كما وصلت
intake-event-mail-too-large = الرسالة أكبر من أن تُنزَّل وبقيت في صندوق البريد: هنا ترويساتها فقط (الحجم والحد بالبايت)
intake-event-mail-attachments-left-out = مرفقات أخرى لم تُقرأ (عددها)

account-intake-notify = إشعارات الواردات إلى هيئة التحرير
account-intake-notify-immediate = رسالة بريد إلكتروني لكل وارد جديد
account-intake-notify-digest = ملخص واحد في اليوم
account-intake-notify-never = دون رسائل بريد إلكتروني

mail-intake-withdrawn-subject = [AgorAL] سحبه المرسِل — { $kind }: { $title }
mail-intake-withdrawn-body =
    سحب المرسِل هذا العنصر من قائمة وارد هيئة التحرير.

    { $kind }
    { $title }

    لا حاجة لأي إجراء آخر؛ يبقى سجله هنا: { $link }

person-data-reports = البلاغات عن مشكلات في الموقع
person-data-mails = الرسائل التي كتبناها إليه
person-data-mail-unsent = لم تُرسل بعد
