#include "framing.h"

#include <QJsonDocument>

namespace novbe {

LineDecoder::LineDecoder(qsizetype maxLineBytes) : m_maxLine(maxLineBytes) {}

void LineDecoder::feed(const QByteArray &bytes)
{
    m_buffer.append(bytes);
}

LineDecoder::Item LineDecoder::next()
{
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', m_scanFrom);
        if (m_discarding) {
            if (nl < 0) {
                reset();
                m_discarding = true;
                return {Status::NeedMore, {}};
            }
            m_discarding = false;
            m_pos = m_scanFrom = nl + 1;
            continue;
        }
        if (nl < 0) {
            m_scanFrom = m_buffer.size();
            if (partialTooLong()) {
                reset();
                m_discarding = true;
                return {Status::TooLong, {}};
            }
            compact();
            return {Status::NeedMore, {}};
        }
        QByteArray line = m_buffer.mid(m_pos, nl - m_pos);
        m_pos = m_scanFrom = nl + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > m_maxLine)
            return {Status::TooLong, {}};
        if (!line.isEmpty())
            return {Status::Line, line};
    }
}

qsizetype LineDecoder::bufferedBytes() const
{
    return m_buffer.size() - m_pos;
}

void LineDecoder::reset()
{
    m_buffer.clear();
    m_pos = m_scanFrom = 0;
    m_discarding = false;
}

// The partial line can no longer end within the cap. One extra byte is
// tolerated when it is a "\r" that the coming "\n" will strip.
bool LineDecoder::partialTooLong() const
{
    const qsizetype partial = m_buffer.size() - m_pos;
    if (partial <= m_maxLine)
        return false;
    return partial > m_maxLine + 1 || !m_buffer.endsWith('\r');
}

void LineDecoder::compact()
{
    if (m_pos == 0)
        return;
    m_buffer.remove(0, m_pos);
    m_scanFrom -= m_pos;
    m_pos = 0;
}

QByteArray encodeLine(const QJsonObject &message)
{
    QByteArray bytes = QJsonDocument(message).toJson(QJsonDocument::Compact);
    bytes.append('\n');
    return bytes;
}

} // namespace novbe
